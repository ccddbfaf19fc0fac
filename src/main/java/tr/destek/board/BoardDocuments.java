package tr.destek.board;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.NotFoundException;

/**
 * Who may read the board's forms (FRM.34.00.04, FRM.34.00.05) outside the secretariat: a
 * member reads a Kurul Karar Formu only if he sat for the item and signed the
 * confidentiality commitment for its meeting (MADDE 12(11)), and his own signed
 * commitment; an applicant reads only the registered decisions on its own enterprise's
 * application — any other id is "not found".
 */
@Service
public class BoardDocuments {

	private final DecisionRepository decisions;

	private final MeetingRepository meetings;

	private final CommitmentTextRepository texts;

	private final AgendaSubjectPorts subjects;

	private final UserAccountService users;

	BoardDocuments(DecisionRepository decisions, MeetingRepository meetings, CommitmentTextRepository texts,
			AgendaSubjectPorts subjects, UserAccountService users) {
		this.decisions = decisions;
		this.meetings = meetings;
		this.texts = texts;
		this.subjects = subjects;
		this.users = users;
	}

	/**
	 * A registered decision on the applicant's own application.
	 * @throws NotFoundException for any other decision
	 */
	@Transactional(readOnly = true)
	public Decision decisionForApplicant(Long decisionId, DestekUser applicant) {
		if (applicant == null || !applicant.hasRole(Role.APPLICANT) || applicant.getEnterpriseId() == null) {
			throw new NotFoundException();
		}
		Decision decision = this.decisions.findById(decisionId)
			.filter(Decision::isRegistered)
			.orElseThrow(NotFoundException::new);
		if (!applicant.getEnterpriseId().equals(this.subjects.find(decision.getSubjectRef()).enterpriseId())) {
			throw new NotFoundException();
		}
		return decision;
	}

	/**
	 * Checks that the member sat for the decision's item and signed the commitment for
	 * its meeting.
	 * @throws AccessDeniedException otherwise
	 */
	@Transactional(readOnly = true)
	public void requireSatFor(Long decisionId, Long memberId) {
		Decision decision = this.decisions.findById(decisionId).orElseThrow(NotFoundException::new);
		Meeting meeting = this.meetings.findById(decision.getMeetingId()).orElseThrow(NotFoundException::new);
		Set<Long> sitting = meeting.item(decision.getItemId()).sittingMembers(meeting.boardMembers());
		if (!sitting.contains(memberId) || !meeting.hasSigned(memberId)) {
			throw new AccessDeniedException("did not sit for this item");
		}
	}

	/**
	 * The signed Gizlilik ve Tarafsızlık Taahhütnamesi (FRM.34.00.04) of a participant
	 * for a meeting: who, which meeting, when, and the text version he signed.
	 * @throws NotFoundException when he has not signed it
	 */
	@Transactional(readOnly = true)
	public SignedCommitment signedCommitment(Long meetingId, Long userId) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		CommitmentSignature signature = meeting.signatureOf(userId);
		if (signature == null) {
			throw new NotFoundException();
		}
		meeting.getBoard().getName();
		CommitmentText text = this.texts.findById(signature.getTextVersion()).orElseThrow(NotFoundException::new);
		String name = this.users.find(userId).map(UserAccount::getFullName).orElse("#" + userId);
		return new SignedCommitment(meeting, signature, text, name);
	}

	/** A signed commitment with its meeting, its text and the signer's name. */
	public record SignedCommitment(Meeting meeting, CommitmentSignature signature, CommitmentText text,
			String memberName) {
	}

}
