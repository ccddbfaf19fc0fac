package tr.destek.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;

import tr.destek.appeal.Appeal;
import tr.destek.appeal.AppealService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebAppeals;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;

/**
 * Test data for appeals (MADDE 13): a board meeting that rejects an application with a
 * registered Kurul Karar Formu, an appeal commission and its meetings.
 */
public class AppealFixtures {

	final BoardFixtures boards;

	final MeetingService meetings;

	final BoardMemberService members;

	final VotingService voting;

	final DecisionService decisions;

	final AppealCommissionService commission;

	final KosgebApplicationService applications;

	final ApplicationContext context;

	public AppealFixtures(ApplicationContext context) {
		this.context = context;
		this.boards = new BoardFixtures(context);
		this.meetings = context.getBean(MeetingService.class);
		this.members = context.getBean(BoardMemberService.class);
		this.voting = context.getBean(VotingService.class);
		this.decisions = context.getBean(DecisionService.class);
		this.commission = context.getBean(AppealCommissionService.class);
		this.applications = context.getBean(KosgebApplicationService.class);
	}

	/**
	 * A commission chaired by the head of department with two directors (MADDE 13(4)).
	 */
	public Board commission() {
		return this.boards.boards.create("İtiraz Komisyonu " + UUID.randomUUID(), BoardKind.APPEAL_COMMISSION,
				commissionMember().getId(), List.of(commissionMember().getId(), commissionMember().getId()));
	}

	public UserAccount commissionMember() {
		return this.boards.control.staff(Role.APPEAL_COMMISSION_MEMBER, 6);
	}

	public static List<Long> seats(Board board) {
		return board.activeSeats().stream().map(BoardSeat::getUserId).toList();
	}

	/** An item of a sent agenda. */
	public record OnAgenda(Long meetingId, AgendaItem item) {
	}

	/** A sent agenda with this application, signed by every member. */
	public OnAgenda onAgenda(Board board, Long applicationId) {
		Meeting scheduled = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/" + UUID.randomUUID(),
				LocalDate.now(DestekTime.ZONE).plusDays(15).atTime(LocalTime.of(10, 0)));
		this.meetings.addApplication(scheduled.getId(), applicationId);
		Meeting sent = this.meetings.sendAgenda(scheduled.getId());
		seats(board).forEach(m -> this.members.sign(sent.getId(), m));
		return new OnAgenda(sent.getId(), this.meetings.find(sent.getId()).getItems().get(0));
	}

	/** The board decides the application with these votes; the decision is registered. */
	public Decision boardDecides(Board board, Long applicationId, VoteDecision... votes) {
		OnAgenda on = onAgenda(board, applicationId);
		AgendaItem item = on.item();
		Long meetingId = on.meetingId();
		Map<String, Integer> scores = this.voting.criteria()
			.stream()
			.collect(Collectors.toMap(Criterion::getCode, c -> 3));
		Long expense = this.applications.find(applicationId).getExpenseItems().get(0).getId();
		List<Long> seats = seats(board);
		for (int i = 0; i < votes.length; i++) {
			Map<Long, BigDecimal> amounts = votes[i] == VoteDecision.ACCEPT ? Map.of(expense, new BigDecimal("1100000"))
					: Map.of();
			this.voting.cast(meetingId, item.getId(), seats.get(i),
					new Ballot(votes[i], "Kurul üyesi " + (i + 1) + " gerekçesi", scores, amounts));
		}
		Decision decision = this.decisions.prepare(meetingId, item.getId());
		seats.forEach(m -> this.decisions.approve(decision.getId(), m));
		return this.decisions.register(decision.getId());
	}

	/** The commission decides the appeal with these votes; the form is registered. */
	public AppealDecision commissionDecides(Board commission, OnAgenda on, VoteDecision... votes) {
		Long meetingId = on.meetingId();
		AgendaItem item = on.item();
		List<Long> seats = seats(commission);
		for (int i = 0; i < votes.length; i++) {
			this.commission.cast(meetingId, item.getId(), seats.get(i), votes[i],
					"Komisyon üyesi " + (i + 1) + " gerekçesi: ölçütler yeniden değerlendirilmeli");
		}
		AppealDecision decision = this.commission.prepare(meetingId, item.getId());
		seats.forEach(m -> this.commission.approve(decision.getId(), m));
		return this.commission.register(decision.getId());
	}

	/**
	 * An application of a new enterprise in this province, rejected by a new board with a
	 * registered decision (MADDE 12(10)), with its applicant and a unit manager of the
	 * province.
	 */
	public record Rejected(Board board, Long application, UserAccount applicantAccount, DestekUser applicant,
			DestekUser unitManager, Decision rejection) {
	}

	/** See {@link Rejected}. */
	public Rejected rejected(int province, String title) {
		ControlFixtures control = this.boards.control;
		Board board = this.boards.board();
		Long application = control.readyForBoard(province, title);
		UserAccount account = this.context.getBean(UserAccountService.class)
			.createApplicant(this.applications.find(application).getEnterpriseId(),
					"itiraz-" + UUID.randomUUID() + "@example.com.tr", "İtiraz Eden", ControlFixtures.PASSWORD);
		DestekUser unitManager = control.principal(control.staff(Role.UNIT_MANAGER, province));
		Decision rejection = boardDecides(board, application, VoteDecision.REJECT, VoteDecision.REJECT,
				VoteDecision.ACCEPT);
		return new Rejected(board, application, account, control.principal(account), unitManager, rejection);
	}

	/** The applicant appeals with these reasons and a technical letter (MADDE 13(1)). */
	public Appeal appeal(Rejected rejected, String reasons) {
		return this.context.getBean(KosgebAppeals.class)
			.submit(rejected.applicant(), this.applications.find(rejected.application()).getVersion(), reasons, List
				.of(new MockMultipartFile("documents", "teknik-yazi.pdf", "application/pdf", KosgebApplicants.pdf())));
	}

	/** The unit forwards the appeal with its opinion (MADDE 13(2)). */
	public Appeal forward(Rejected rejected, Appeal appeal) {
		return this.context.getBean(AppealService.class)
			.forward(rejected.unitManager(), appeal.getId(), appeal.getVersion(),
					"Birim görüşü: itiraz gerekçeleri incelendi, teknik yazı dosyaya uygun.");
	}

}
