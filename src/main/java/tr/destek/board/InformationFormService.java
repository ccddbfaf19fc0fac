package tr.destek.board;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.platform.Provinces;

/**
 * Assembles the Kurul Bilgilendirme Formu (FRM.34.00.03) of an agenda item from the
 * subject its programme hands over ({@link AgendaSubjects}) and the enterprise. A member
 * gets it only as he gets the file: after signing the confidentiality commitment for that
 * meeting (FRM.34.00.04) and only for items he sits for, not conflicted (MADDE 12(11),
 * 18(10)); the secretariat gets every item's form.
 */
@Service
public class InformationFormService {

	private final MeetingService meetings;

	private final BoardMemberService members;

	private final AgendaSubjectPorts subjects;

	private final EnterpriseService enterprises;

	private final Provinces provinces;

	InformationFormService(MeetingService meetings, BoardMemberService members, AgendaSubjectPorts subjects,
			EnterpriseService enterprises, Provinces provinces) {
		this.meetings = meetings;
		this.members = members;
		this.subjects = subjects;
		this.enterprises = enterprises;
		this.provinces = provinces;
	}

	/**
	 * The form for a member.
	 * @throws CommitmentNotSignedException before he signed FRM.34.00.04 for the meeting
	 * @throws org.springframework.security.access.AccessDeniedException when he does not
	 * sit for the item (conflicted, or not a participant)
	 */
	@Transactional(readOnly = true)
	public InformationForm forMember(Long meetingId, Long itemId, Long memberId) {
		AgendaSubject subject = this.members.file(meetingId, itemId, memberId);
		return assemble(this.meetings.find(meetingId), itemId, subject);
	}

	/** The form for the secretariat. */
	@Transactional(readOnly = true)
	public InformationForm forSecretariat(Long meetingId, Long itemId) {
		Meeting meeting = this.meetings.find(meetingId);
		AgendaItem item = meeting.item(itemId);
		if (item.getSubjectRef() == null) {
			throw new NotFoundException();
		}
		return assemble(meeting, itemId, this.subjects.find(item));
	}

	private InformationForm assemble(Meeting meeting, Long itemId, AgendaSubject subject) {
		AgendaItem item = meeting.item(itemId);
		Enterprise enterprise = this.enterprises.find(subject.enterpriseId()).orElseThrow(NotFoundException::new);
		SubjectFile file = subject.file();
		LocalDate asOf = (file.applicationDate() != null) ? file.applicationDate() : LocalDate.now(DestekTime.ZONE);
		return new InformationForm(meeting, item, subject, enterprise.getTitle(), enterprise.getTaxNumber(),
				this.provinces.find(enterprise.getProvinceCode())
					.map(Provinces.Province::name)
					.orElse(String.valueOf(enterprise.getProvinceCode())),
				this.enterprises.sizeClassAsOf(enterprise.getId(), asOf), enterprise.getNaceCode(),
				file.recommendations(), file.eligibility(), file.bankName());
	}

}
