package tr.destek.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tr.destek.board.AgendaItem;
import tr.destek.board.Ballot;
import tr.destek.board.Board;
import tr.destek.board.BoardDecisionRegistered;
import tr.destek.board.BoardFixtures;
import tr.destek.board.BoardMemberService;
import tr.destek.board.BoardSeat;
import tr.destek.board.Criterion;
import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingFormat;
import tr.destek.board.MeetingService;
import tr.destek.board.VoteDecision;
import tr.destek.board.VotingService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;
import tr.destek.support.ModuleEvents;

/**
 * Test data for monitoring: an application accepted by a registered board decision whose
 * registry date (the programme start, MADDE 6(5)) is moved to a chosen day, with its
 * monitoring case opened; its applicant user.
 */
class MonitoringFixtures {

	final ControlFixtures control;

	final BoardFixtures board;

	final MeetingService meetings;

	final BoardMemberService members;

	final VotingService voting;

	final DecisionService decisions;

	final KosgebApplicationService applications;

	final UserAccountService users;

	final MonitoringService monitoring;

	final JdbcTemplate jdbc;

	MonitoringFixtures(ApplicationContext context) {
		this.control = ControlFixtures.from(context);
		this.board = new BoardFixtures(context);
		this.meetings = context.getBean(MeetingService.class);
		this.members = context.getBean(BoardMemberService.class);
		this.voting = context.getBean(VotingService.class);
		this.decisions = context.getBean(DecisionService.class);
		this.applications = context.getBean(KosgebApplicationService.class);
		this.users = context.getBean(UserAccountService.class);
		this.monitoring = context.getBean(MonitoringService.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	/** Accepted by the board; the programme started on {@code programmeStart}. */
	Long accepted(int province, String title, LocalDate programmeStart) {
		Long application = this.control.readyForBoard(province, title);
		Long expenseItem = this.applications.find(application).getExpenseItems().get(0).getId();
		Board kurul = this.board.board();
		Meeting scheduled = this.meetings.schedule(kurul.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.test/" + UUID.randomUUID(),
				LocalDate.now(DestekTime.ZONE).plusDays(15).atTime(LocalTime.of(14, 0)));
		this.meetings.addApplication(scheduled.getId(), application);
		Meeting meeting = this.meetings.sendAgenda(scheduled.getId());
		AgendaItem item = this.meetings.find(meeting.getId()).getItems().get(0);
		List<Long> seats = kurul.activeSeats().stream().map(BoardSeat::getUserId).toList();
		seats.forEach(m -> this.members.sign(meeting.getId(), m));
		Map<String, Integer> scores = this.voting.criteria()
			.stream()
			.collect(Collectors.toMap(Criterion::getCode, c -> 4));
		for (Long seat : seats) {
			this.voting.cast(meeting.getId(), item.getId(), seat, new Ballot(VoteDecision.ACCEPT, "Uygun görüldü",
					scores, Map.of(expenseItem, new BigDecimal("1100000"))));
		}
		Decision decision = this.decisions.prepare(meeting.getId(), item.getId());
		seats.forEach(m -> this.decisions.approve(decision.getId(), m));
		this.decisions.register(decision.getId());
		// the decision's listener opens the case after the commit, asynchronously: it
		// plans from the registry day first, the backdated day below re-plans it
		ModuleEvents.awaitCompleted(this.jdbc, BoardDecisionRegistered.class, "decisionId", decision.getId());
		this.jdbc.update("update board_decision set registry_date = ? where application_id = ? and starts_programme",
				programmeStart, application);
		this.monitoring.open(application);
		return application;
	}

	MonitoringCase caseOf(Long application) {
		return this.monitoring.forApplication(application).orElseThrow();
	}

	UserAccount applicant(Long application) {
		return this.users.createApplicant(this.applications.find(application).getEnterpriseId(),
				"izleme-" + UUID.randomUUID() + "@example.com.tr", "İzleme Başvurucusu", ControlFixtures.PASSWORD);
	}

	DestekUser principal(UserAccount account) {
		return this.control.principal(account);
	}

}
