package tr.destek.board;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * The İtiraz Karar Formu (FRM.34.00.07): the appeal commission's decision on an appeal by
 * majority (MADDE 13(7)), with its reasons (13(8)), e-approved by every member who sat
 * for it, then registered with a registry number ({@code IK-<year>-<n>}) and date.
 */
@Entity
@Table(name = "board_appeal_decision")
public class AppealDecision extends DecisionRecord {

	/** The form code of the İtiraz Karar Formu. */
	public static final String FORM_CODE = "FRM.34.00.07";

	/** The prefix of its registry numbers. */
	static final String REGISTRY_PREFIX = "IK";

	/** the programme of the appeal's subject (the subject id is the record's) */
	@Column(name = "subject_source", nullable = false, updatable = false)
	private String subjectSource;

	@Column(nullable = false, updatable = false)
	private boolean accepted;

	@Column(name = "accept_votes", nullable = false, updatable = false)
	private int acceptVotes;

	@Column(name = "reject_votes", nullable = false, updatable = false)
	private int rejectVotes;

	@ElementCollection
	@CollectionTable(name = "board_appeal_decision_approval", joinColumns = @JoinColumn(name = "decision_id"))
	private Set<MemberApproval> approvals = new LinkedHashSet<>();

	protected AppealDecision() {
	}

	AppealDecision(Long itemId, Long meetingId, String subjectSource, Long subjectId, int acceptVotes, int rejectVotes,
			String reasons, Instant now, String by) {
		super(itemId, meetingId, subjectId, reasons, now, by);
		this.subjectSource = subjectSource;
		this.acceptVotes = acceptVotes;
		this.rejectVotes = rejectVotes;
		// MADDE 13(7): decisions by majority
		this.accepted = acceptVotes > rejectVotes;
	}

	@Override
	protected Set<MemberApproval> approvalSet() {
		return this.approvals;
	}

	@Override
	String describe() {
		return "accepted=" + this.accepted + ", votes=" + this.acceptVotes + "-" + this.rejectVotes + ", "
				+ describeRecord();
	}

	public String getSubjectSource() {
		return this.subjectSource;
	}

	public boolean isAccepted() {
		return this.accepted;
	}

	public int getAcceptVotes() {
		return this.acceptVotes;
	}

	public int getRejectVotes() {
		return this.rejectVotes;
	}

}
