package tr.destek.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.kosgeb.EligibilitySummary;
import tr.destek.kosgeb.ExpenseItem;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.platform.Provinces;

/**
 * Assembles the Kurul Bilgilendirme Formu (FRM.34.00.03) of an agenda item. A member gets
 * it only as he gets the file: after signing the confidentiality commitment for that
 * meeting (FRM.34.00.04) and only for items he sits for, not conflicted (MADDE 12(11),
 * 18(10)); the secretariat gets every item's form.
 */
@Service
public class InformationFormService {

	private final MeetingService meetings;

	private final BoardMemberService members;

	private final KosgebApplicationService applications;

	private final EnterpriseService enterprises;

	private final Provinces provinces;

	InformationFormService(MeetingService meetings, BoardMemberService members, KosgebApplicationService applications,
			EnterpriseService enterprises, Provinces provinces) {
		this.meetings = meetings;
		this.members = members;
		this.applications = applications;
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
		KosgebApplication application = this.members.file(meetingId, itemId, memberId);
		return assemble(this.meetings.find(meetingId), itemId, application);
	}

	/** The form for the secretariat. */
	@Transactional(readOnly = true)
	public InformationForm forSecretariat(Long meetingId, Long itemId) {
		Meeting meeting = this.meetings.find(meetingId);
		AgendaItem item = meeting.item(itemId);
		if (item.getApplicationId() == null) {
			throw new NotFoundException();
		}
		return assemble(meeting, itemId, this.applications.find(item.getApplicationId()));
	}

	private InformationForm assemble(Meeting meeting, Long itemId, KosgebApplication application) {
		AgendaItem item = meeting.item(itemId);
		Enterprise enterprise = this.enterprises.find(application.getEnterpriseId())
			.orElseThrow(NotFoundException::new);
		LocalDate asOf = (application.getApplicationDate() != null) ? application.getApplicationDate()
				: LocalDate.now(DestekTime.ZONE);
		List<String> recommendations = application.getExpenseItems()
			.stream()
			.map(ExpenseItem::getReportRecommendation)
			.filter(Objects::nonNull)
			.filter(r -> !r.isBlank())
			.distinct()
			.toList();
		String bank = (application.getPreferredBankCode() == null) ? null
				: this.applications.protocolBanks()
					.stream()
					.filter(b -> b.code().equals(application.getPreferredBankCode()))
					.map(b -> b.name())
					.findFirst()
					.orElse(application.getPreferredBankCode());
		return new InformationForm(meeting, item, application, enterprise.getTitle(), enterprise.getTaxNumber(),
				this.provinces.find(enterprise.getProvinceCode())
					.map(Provinces.Province::name)
					.orElse(String.valueOf(enterprise.getProvinceCode())),
				this.enterprises.sizeClassAsOf(enterprise.getId(), asOf), enterprise.getNaceCode(), recommendations,
				EligibilitySummary.of(application).orElse(null), bank);
	}

}
