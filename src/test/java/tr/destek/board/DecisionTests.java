package tr.destek.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.notification.NotificationInbox;
import tr.destek.notification.NotificationView;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class DecisionTests {

	static final int PROVINCE = 42;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeetingService meetings;

	@Autowired
	BoardMemberService members;

	@Autowired
	VotingService voting;

	@Autowired
	DecisionService decisions;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	UserAccountService users;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	DeadlineCalendar calendar;

	BoardFixtures fixtures;

	Meeting meeting;

	AgendaItem item;

	Long application;

	Long expenseItem;

	List<Long> seats;

	UserAccount applicant;

	@BeforeEach
	void setUp() {
		this.fixtures = new BoardFixtures(this.context);
		Board board = this.fixtures.board();
		this.application = this.fixtures.control.readyForBoard(PROVINCE, "Karar Otomasyon A.Ş.");
		this.applicant = this.users.createApplicant(this.applications.find(this.application).getEnterpriseId(),
				"basvuru-" + UUID.randomUUID() + "@example.com.tr", "Başvuru Sahibi", "Gizli-parola-123");
		this.expenseItem = this.applications.find(this.application).getExpenseItems().get(0).getId();
		Meeting scheduled = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Ankara, KOSGEB", null,
				LocalDate.now(DestekTime.ZONE).plusDays(15).atTime(LocalTime.of(14, 0)));
		this.meetings.addApplication(scheduled.getId(), this.application);
		this.meeting = this.meetings.sendAgenda(scheduled.getId());
		this.item = this.meetings.find(this.meeting.getId()).getItems().get(0);
		this.seats = board.activeSeats().stream().map(BoardSeat::getUserId).toList();
		this.seats.forEach(m -> this.members.sign(this.meeting.getId(), m));
	}

	void votes(VoteDecision... decisions) {
		Map<String, Integer> scores = this.voting.criteria()
			.stream()
			.collect(Collectors.toMap(Criterion::getCode, c -> 3));
		for (int i = 0; i < decisions.length; i++) {
			Map<Long, BigDecimal> amounts = decisions[i] == VoteDecision.ACCEPT
					? Map.of(this.expenseItem, new BigDecimal(i == 0 ? "1150000" : "1050000")) : Map.of();
			this.voting.cast(this.meeting.getId(), this.item.getId(), this.seats.get(i),
					new Ballot(decisions[i], "Üye " + (i + 1) + " gerekçesi", scores, amounts));
		}
	}

	Decision approvedByAll(Decision decision) {
		this.seats.forEach(m -> this.decisions.approve(decision.getId(), m));
		return decision;
	}

	List<NotificationView> applicantInbox() {
		return this.inbox.page(this.applicant.getId(), PageRequest.of(0, 5), Locale.forLanguageTag("tr")).getContent();
	}

	@Test
	void madde12_9_anAcceptanceIsApprovedByAllMembersThenRegisteredAndStartsTheProgramme() {
		assertThatThrownBy(() -> this.decisions.prepare(this.meeting.getId(), this.item.getId()))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.decision.votes-missing"));
		votes(VoteDecision.ACCEPT, VoteDecision.ACCEPT, VoteDecision.REJECT);

		Decision decision = this.decisions.prepare(this.meeting.getId(), this.item.getId());

		assertThat(decision.getOutcome()).isEqualTo(ItemOutcome.ACCEPTED);
		assertThat(decision.getSupportBase()).isEqualByComparingTo("1050000");
		assertThat(decision.getItems()).singleElement().satisfies(i -> {
			assertThat(i.getRequested()).isEqualByComparingTo("1200000");
			assertThat(i.getAccepted()).isEqualByComparingTo("1050000");
		});
		assertThat(decision.getReasons()).isEqualTo("Üye 1 gerekçesi\nÜye 2 gerekçesi");
		this.decisions.approve(decision.getId(), this.seats.get(0));
		assertThatThrownBy(() -> this.decisions.register(decision.getId()))
			.isInstanceOfSatisfying(BoardRuleException.class, e -> {
				assertThat(e.getMessageKey()).isEqualTo("board.error.decision.approvals-missing");
				assertThat(e.getArgs()).containsExactly(1, 3);
			});
		approvedByAll(decision);

		Decision registered = this.decisions.register(decision.getId());

		LocalDate today = LocalDate.now(DestekTime.ZONE);
		assertThat(registered.getRegistryNumber()).matches("KK-" + today.getYear() + "-\\d{6}");
		assertThat(registered.getRegistryDate()).isEqualTo(today);
		assertThat(registered.isStartsProgramme()).isTrue();
		assertThat(this.decisions.programmeStart(this.application)).contains(today);
		assertThat(this.applications.find(this.application).getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(applicantInbox()).singleElement().satisfies(n -> {
			assertThat(n.subject()).contains("kabul");
			assertThat(n.body()).contains(registered.getRegistryNumber()).contains("1.050.000");
		});
		assertThatThrownBy(() -> this.decisions.approve(decision.getId(), this.seats.get(0)))
			.isInstanceOf(BoardRuleException.class);
	}

	@Test
	void madde12_9_theRegisteredDecisionIsAlsoNotifiedToTheUnitOfTheApplication() {
		UserAccount manager = this.fixtures.control.staff(tr.destek.identity.Role.UNIT_MANAGER, PROVINCE);
		votes(VoteDecision.REJECT, VoteDecision.REJECT, VoteDecision.ACCEPT);
		Decision registered = this.decisions
			.register(approvedByAll(this.decisions.prepare(this.meeting.getId(), this.item.getId())).getId());

		assertThat(this.inbox.page(manager.getId(), PageRequest.of(0, 5), Locale.forLanguageTag("tr")).getContent())
			.singleElement()
			.satisfies(n -> {
				assertThat(n.subject()).contains("reddedildi");
				assertThat(n.body()).contains(registered.getRegistryNumber()).contains("MADDE 12(9)");
			});
	}

	@Test
	void madde12_10_aRejectionNoticeStatesTheOnceOnlyAppealRightAndItsLastDay() {
		votes(VoteDecision.REJECT, VoteDecision.REQUEST_CORRECTION, VoteDecision.REJECT);
		Decision decision = approvedByAll(this.decisions.prepare(this.meeting.getId(), this.item.getId()));

		Decision registered = this.decisions.register(decision.getId());

		LocalDate today = LocalDate.now(DestekTime.ZONE);
		LocalDate lastDay = this.calendar.deadline(today, 15, PeriodUnit.DAYS, Delivery.ELECTRONIC).endDate();
		assertThat(registered.getOutcome()).isEqualTo(ItemOutcome.REJECTED);
		assertThat(registered.getSupportBase()).isNull();
		assertThat(registered.getAppealLastDay()).isEqualTo(lastDay);
		assertThat(registered.isStartsProgramme()).isFalse();
		assertThat(this.decisions.programmeStart(this.application)).isEmpty();
		assertThat(this.applications.find(this.application).getStatus()).isEqualTo(ApplicationStatus.BOARD_REJECTED);
		assertThat(this.applications.find(this.application).getRejectionReason())
			.isEqualTo("Üye 1 gerekçesi\nÜye 3 gerekçesi");
		assertThat(applicantInbox()).singleElement().satisfies(n -> {
			assertThat(n.body()).contains("15 gün").contains("bir defaya mahsus").contains(BoardDates.format(lastDay));
			// the applicant never sees who voted how, nor the scores
			assertThat(n.body()).doesNotContain("Üye 2 gerekçesi");
		});
	}

	@Test
	void madde10_5_aCorrectionGivesTheApplicantSevenDays() {
		votes(VoteDecision.REQUEST_CORRECTION, VoteDecision.REQUEST_CORRECTION, VoteDecision.ACCEPT);
		Decision registered = this.decisions
			.register(approvedByAll(this.decisions.prepare(this.meeting.getId(), this.item.getId())).getId());

		LocalDate today = LocalDate.now(DestekTime.ZONE);
		assertThat(registered.getCorrectionDeadline())
			.isEqualTo(this.calendar.deadline(today, 7, PeriodUnit.DAYS, Delivery.ELECTRONIC).endInstant());
		assertThat(this.applications.find(this.application).getStatus())
			.isEqualTo(ApplicationStatus.BOARD_CORRECTION_REQUESTED);
		assertThat(this.applications.find(this.application).getCorrectionDeadline())
			.isEqualTo(registered.getCorrectionDeadline());
	}

	@Test
	void madde12_6_aThreeWaySplitIsRegisteredAsARejectionWithAllReasons() {
		votes(VoteDecision.ACCEPT, VoteDecision.REJECT, VoteDecision.REQUEST_CORRECTION);
		Decision decision = this.decisions.prepare(this.meeting.getId(), this.item.getId());
		assertThat(decision.getOutcome()).isEqualTo(ItemOutcome.REJECTED);
		assertThat(decision.isMajority()).isFalse();
		assertThat(decision.getReasons()).isEqualTo("Üye 1 gerekçesi\nÜye 2 gerekçesi\nÜye 3 gerekçesi");
		assertThatThrownBy(() -> this.decisions.prepare(this.meeting.getId(), this.item.getId()))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.decision.prepared"));
		// once the form is prepared, who sat for the item is frozen
		assertThatThrownBy(() -> this.members.declareConflict(this.meeting.getId(), this.item.getId(),
				this.seats.get(0), "Geç beyan"))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.decision.item-closed"));
	}

	@Test
	void onlyMembersWhoSatForTheItemApproveTheDecision() {
		votes(VoteDecision.REJECT, VoteDecision.REJECT, VoteDecision.REJECT);
		Decision decision = this.decisions.prepare(this.meeting.getId(), this.item.getId());
		Long outsider = this.fixtures.member().getId();
		assertThatThrownBy(() -> this.decisions.approve(decision.getId(), outsider))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void madde12_9_membersApprovingTheFormAtTheSameMomentAreAllRecorded() throws Exception {
		votes(VoteDecision.ACCEPT, VoteDecision.ACCEPT, VoteDecision.ACCEPT);
		Decision decision = this.decisions.prepare(this.meeting.getId(), this.item.getId());
		ExecutorService pool = Executors.newFixedThreadPool(3);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Decision>> approvals = this.seats.stream().map(m -> pool.submit(() -> {
				start.await();
				return this.decisions.approve(decision.getId(), m);
			})).toList();
			start.countDown();
			for (Future<Decision> approval : approvals) {
				assertThat(approval.get(30, TimeUnit.SECONDS).getId()).isEqualTo(decision.getId());
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.decisions.find(decision.getId()).approvals()).extracting(MemberApproval::getUserId)
			.containsExactlyInAnyOrderElementsOf(this.seats);
		assertThat(this.decisions.register(decision.getId()).isRegistered()).isTrue();
	}

}
