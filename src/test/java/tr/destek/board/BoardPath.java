package tr.destek.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;

import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;

/**
 * Takes an application that is READY_FOR_BOARD through a whole meeting: a new board, a
 * meeting 15 days ahead, the agenda sent, all members signed, the given votes, the Kurul
 * Karar Formu prepared, approved by all and registered. Run inside a secretariat security
 * context.
 */
public class BoardPath {

	public final BoardFixtures fixtures;

	final MeetingService meetings;

	final BoardMemberService members;

	final VotingService voting;

	final DecisionService decisions;

	final KosgebApplicationService applications;

	public BoardPath(ApplicationContext context) {
		this.fixtures = new BoardFixtures(context);
		this.meetings = context.getBean(MeetingService.class);
		this.members = context.getBean(BoardMemberService.class);
		this.voting = context.getBean(VotingService.class);
		this.decisions = context.getBean(DecisionService.class);
		this.applications = context.getBean(KosgebApplicationService.class);
	}

	public tr.destek.kosgeb.ControlFixtures control() {
		return this.fixtures.control;
	}

	/** A meeting with the agenda sent, every member signed. */
	public Run agendaSent(Long applicationId) {
		Board board = this.fixtures.board();
		Meeting scheduled = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.test/kurul",
				LocalDate.now(DestekTime.ZONE).plusDays(15).atTime(LocalTime.of(10, 0)));
		this.meetings.addApplication(scheduled.getId(), applicationId);
		Meeting meeting = this.meetings.sendAgenda(scheduled.getId());
		AgendaItem item = this.meetings.find(meeting.getId()).getItems().get(0);
		List<Long> seats = board.activeSeats().stream().map(BoardSeat::getUserId).toList();
		seats.forEach(m -> this.members.sign(meeting.getId(), m));
		return new Run(board, meeting, item, seats, applicationId, null);
	}

	/** The whole path to a registered decision with these votes (member i votes [i]). */
	public Run decided(Long applicationId, VoteDecision... votes) {
		Run run = agendaSent(applicationId);
		Long expenseItem = this.applications.find(applicationId).getExpenseItems().get(0).getId();
		Map<String, Integer> scores = this.voting.criteria()
			.stream()
			.collect(Collectors.toMap(Criterion::getCode, c -> 4));
		for (int i = 0; i < votes.length; i++) {
			Map<Long, BigDecimal> amounts = votes[i] == VoteDecision.ACCEPT
					? Map.of(expenseItem, new BigDecimal(i == 0 ? "1150000" : "1050000")) : Map.of();
			this.voting.cast(run.meeting().getId(), run.item().getId(), run.seats().get(i), new Ballot(votes[i],
					"Üye " + (i + 1) + " gerekçesi: İşletmenin ölçüm ve çıktı planı yeterli değil", scores, amounts));
		}
		Decision decision = this.decisions.prepare(run.meeting().getId(), run.item().getId());
		run.seats().forEach(m -> this.decisions.approve(decision.getId(), m));
		Decision registered = this.decisions.register(decision.getId());
		return new Run(run.board(), run.meeting(), run.item(), run.seats(), applicationId, registered);
	}

	/**
	 * Every member accepts; the Kurul Karar Formu is prepared and approved by all but not
	 * registered (waiting for the secretariat, MADDE 12(9)).
	 */
	public Decision prepared(Long applicationId) {
		Run run = agendaSent(applicationId);
		Long expenseItem = this.applications.find(applicationId).getExpenseItems().get(0).getId();
		Map<String, Integer> scores = this.voting.criteria()
			.stream()
			.collect(Collectors.toMap(Criterion::getCode, c -> 4));
		for (Long seat : run.seats()) {
			this.voting.cast(run.meeting().getId(), run.item().getId(), seat, new Ballot(VoteDecision.ACCEPT,
					"Dijital dönüşüm planı uygun", scores, Map.of(expenseItem, new BigDecimal("1100000"))));
		}
		Decision decision = this.decisions.prepare(run.meeting().getId(), run.item().getId());
		run.seats().forEach(m -> this.decisions.approve(decision.getId(), m));
		return decision;
	}

	public record Run(Board board, Meeting meeting, AgendaItem item, List<Long> seats, Long applicationId,
			Decision decision) {
	}

}
