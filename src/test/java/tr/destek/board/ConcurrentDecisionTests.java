package tr.destek.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.appeal.Appeal;
import tr.destek.appeal.AppealService;
import tr.destek.kosgeb.KosgebAppeals;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;
import tr.destek.support.Race;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 9, "must build" 2: every "exactly once" rule of the decision bodies raced from
 * two threads released at the same instant — a member's vote (MADDE 12(6), 13(7)), his
 * e-approval of the form and its preparation and registration (MADDE 12(9), 13(8)):
 * exactly one effect, the other gets the rule that refused it, never a 500.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class ConcurrentDecisionTests {

	/** Kayseri: assigned to the concurrency tests. */
	static final int PROVINCE = 38;

	static final String APPEAL_REASONS = "Kurul, yazılımın yol haritası raporundaki önerilerle uyumunu yanlış "
			+ "değerlendirdi; ekteki teknik yazı bunu gösteriyor.";

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
	AppealCommissionService commission;

	@Autowired
	AppealService appeals;

	@Autowired
	KosgebAppeals kosgebAppeals;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	BoardFixtures fixtures;

	Board board;

	Meeting meeting;

	AgendaItem item;

	Long application;

	Long expenseItem;

	List<Long> seats;

	@BeforeEach
	void setUp() {
		this.fixtures = new BoardFixtures(this.context);
		this.board = this.fixtures.board();
		this.application = this.fixtures.control.readyForBoard(PROVINCE, "Eşzamanlı Karar A.Ş.");
		this.expenseItem = this.applications.find(this.application).getExpenseItems().get(0).getId();
		Meeting scheduled = this.meetings.schedule(this.board.getId(), MeetingFormat.PHYSICAL, "Kayseri, KOSGEB", null,
				LocalDate.now(DestekTime.ZONE).plusDays(15).atTime(LocalTime.of(14, 0)));
		this.meetings.addApplication(scheduled.getId(), this.application);
		this.meeting = this.meetings.sendAgenda(scheduled.getId());
		this.item = this.meetings.find(this.meeting.getId()).getItems().get(0);
		this.seats = AppealFixtures.seats(this.board);
		this.seats.forEach(m -> this.members.sign(this.meeting.getId(), m));
	}

	Ballot ballot(VoteDecision decision, int member) {
		Map<String, Integer> scores = this.voting.criteria()
			.stream()
			.collect(Collectors.toMap(Criterion::getCode, c -> 3));
		Map<Long, BigDecimal> amounts = decision == VoteDecision.ACCEPT
				? Map.of(this.expenseItem, new BigDecimal("1100000")) : Map.of();
		return new Ballot(decision, "Üye " + member + " gerekçesi", scores, amounts);
	}

	Decision preparedRejection() {
		for (int i = 0; i < this.seats.size(); i++) {
			this.voting.cast(this.meeting.getId(), this.item.getId(), this.seats.get(i),
					ballot(VoteDecision.REJECT, i + 1));
		}
		return this.decisions.prepare(this.meeting.getId(), this.item.getId());
	}

	Decision approvedRejection() {
		Decision decision = preparedRejection();
		this.seats.forEach(m -> this.decisions.approve(decision.getId(), m));
		return decision;
	}

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	long audited(String action, String entityType, Long entityId) {
		return count("select count(*) from audit_entry where action = ? and entity_type = ? and entity_id = ?", action,
				entityType, String.valueOf(entityId));
	}

	static void refusedWith(Throwable failure, String messageKey) {
		assertThat(failure).isInstanceOfSatisfying(BoardRuleException.class,
				e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
	}

	DestekUser principal(UserAccount account) {
		return this.fixtures.control.principal(account);
	}

	DestekUser principal(Long userId) {
		return principal(this.users.find(userId).orElseThrow());
	}

	// ------------------------------------------------------------------ the board

	@Test
	void madde12_6_aMemberVotingTwiceAtTheSameInstantIsCountedOnce() throws Exception {
		Long member = this.seats.get(0);

		List<Race.Outcome<Vote>> outcomes = Race.twice(() -> this.voting.cast(this.meeting.getId(), this.item.getId(),
				member, ballot(VoteDecision.ACCEPT, 1)));

		assertThat(Race.winners(outcomes)).hasSize(1);
		assertThat(Race.losers(outcomes)).singleElement()
			.satisfies(f -> refusedWith(f, "board.error.vote.already-cast"));
		assertThat(
				count("select count(*) from board_vote where item_id = ? and user_id = ?", this.item.getId(), member))
			.isEqualTo(1);
	}

	@Test
	void madde12_6_aMemberVotingTwiceAtTheSameInstantOnThePageGetsTheRuleNotA500() throws Exception {
		DestekUser member = principal(this.seats.get(0));
		String page = "/board/member/meetings/" + this.meeting.getId() + "/items/" + this.item.getId();
		Callable<MvcResult> vote = () -> {
			var request = post(page + "/vote").with(user(member))
				.with(csrf())
				.param("decision", "REJECT")
				.param("reason", "Eşzamanlı gerekçe");
			this.voting.criteria().forEach(c -> request.param("scores[" + c.getCode() + "]", "3"));
			return this.mvc.perform(request).andReturn();
		};

		List<Race.Outcome<MvcResult>> outcomes = Race.twice(vote);

		assertThat(Race.losers(outcomes)).isEmpty();
		List<MvcResult> answers = outcomes.stream().map(Race.Outcome::value).toList();
		assertThat(answers).allSatisfy(r -> assertThat(r.getResponse().getStatus()).isIn(200, 302));
		// one recorded the vote and redirected; the other shows the item with the rule
		assertThat(answers).filteredOn(r -> r.getResponse().getStatus() == 302).hasSize(1);
		assertThat(answers).filteredOn(r -> r.getResponse().getStatus() == 200)
			.singleElement()
			.satisfies(r -> assertThat(r.getResponse().getContentAsString()).contains("oyunuzu kullandınız"));
		assertThat(count("select count(*) from board_vote where item_id = ? and user_id = ?", this.item.getId(),
				member.getId()))
			.isEqualTo(1);
	}

	@Test
	void madde12_9_aMemberApprovingTheFormTwiceAtTheSameInstantIsRecordedOnce() throws Exception {
		Decision decision = preparedRejection();
		Long member = this.seats.get(1);

		List<Race.Outcome<Decision>> outcomes = Race.twice(() -> this.decisions.approve(decision.getId(), member));

		// approving twice changes nothing: both answers show the form approved
		assertThat(Race.losers(outcomes)).isEmpty();
		assertThat(count("select count(*) from board_decision_approval where decision_id = ? and user_id = ?",
				decision.getId(), member))
			.isEqualTo(1);
		assertThat(count(
				"select count(*) from audit_entry where action = 'DECISION_APPROVED' and entity_type = ? "
						+ "and entity_id = ? and summary like ?",
				DecisionService.ENTITY, String.valueOf(decision.getId()), "Member " + member + " %"))
			.isEqualTo(1);
	}

	@Test
	void madde12_9_theFormPreparedTwiceAtTheSameInstantExistsOnce() throws Exception {
		for (int i = 0; i < this.seats.size(); i++) {
			this.voting.cast(this.meeting.getId(), this.item.getId(), this.seats.get(i),
					ballot(VoteDecision.REJECT, i + 1));
		}

		List<Race.Outcome<Decision>> outcomes = Race
			.twice(() -> this.decisions.prepare(this.meeting.getId(), this.item.getId()));

		assertThat(Race.winners(outcomes)).hasSize(1);
		assertThat(Race.losers(outcomes)).singleElement()
			.satisfies(f -> refusedWith(f, "board.error.decision.prepared"));
		assertThat(count("select count(*) from board_decision where item_id = ?", this.item.getId())).isEqualTo(1);
	}

	@Test
	void madde12_9_theSecretariatPreparingTheFormTwiceOnThePageGetsOneFormAndOneMessage() throws Exception {
		for (int i = 0; i < this.seats.size(); i++) {
			this.voting.cast(this.meeting.getId(), this.item.getId(), this.seats.get(i),
					ballot(VoteDecision.REJECT, i + 1));
		}
		DestekUser secretariat = principal(this.fixtures.control.staff(Role.BOARD_SECRETARIAT, PROVINCE));

		List<Race.Outcome<MvcResult>> outcomes = Race.twice(
				() -> this.mvc
					.perform(post("/board/secretariat/meetings/" + this.meeting.getId() + "/items/" + this.item.getId()
							+ "/decision")
						.with(user(secretariat))
						.with(csrf()))
					.andReturn());

		assertOneSuccessAndOneFlashError(outcomes);
		assertThat(count("select count(*) from board_decision where item_id = ?", this.item.getId())).isEqualTo(1);
	}

	@Test
	void madde12_9_aDecisionRegisteredTwiceAtTheSameInstantIsRegisteredOnce() throws Exception {
		Decision decision = approvedRejection();

		List<Race.Outcome<Decision>> outcomes = Race.twice(() -> this.decisions.register(decision.getId()));

		assertThat(Race.winners(outcomes)).hasSize(1);
		assertThat(Race.losers(outcomes)).singleElement()
			.satisfies(f -> refusedWith(f, "board.error.decision.registered"));
		assertThat(audited("DECISION_REGISTERED", DecisionService.ENTITY, decision.getId())).isEqualTo(1);
		assertThat(this.decisions.find(decision.getId()).getRegistryNumber())
			.isEqualTo(Race.winners(outcomes).get(0).value().getRegistryNumber());
	}

	@Test
	void madde12_9_theSecretariatRegisteringTwiceOnThePageGetsOneRegistrationAndOneMessage() throws Exception {
		Decision decision = approvedRejection();
		DestekUser secretariat = principal(this.fixtures.control.staff(Role.BOARD_SECRETARIAT, PROVINCE));

		List<Race.Outcome<MvcResult>> outcomes = Race
			.twice(() -> this.mvc
				.perform(post("/board/secretariat/decisions/" + decision.getId() + "/register").with(user(secretariat))
					.with(csrf()))
				.andReturn());

		assertOneSuccessAndOneFlashError(outcomes);
		assertThat(audited("DECISION_REGISTERED", DecisionService.ENTITY, decision.getId())).isEqualTo(1);
	}

	static void assertOneSuccessAndOneFlashError(List<Race.Outcome<MvcResult>> outcomes) {
		assertThat(Race.losers(outcomes)).isEmpty();
		List<MvcResult> answers = outcomes.stream().map(Race.Outcome::value).toList();
		assertThat(answers).allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
		assertThat(answers).filteredOn(r -> r.getFlashMap().containsKey("flashSuccessKey")).hasSize(1);
		assertThat(answers).filteredOn(r -> r.getFlashMap().containsKey("flashError")).hasSize(1);
	}

	@Test
	void madde12_1_theAgendaSentTwiceAtTheSameInstantIsSentOnce() throws Exception {
		Long application = this.fixtures.control.readyForBoard(PROVINCE, "Eşzamanlı Gündem A.Ş.");
		Meeting scheduled = this.meetings.schedule(this.fixtures.board().getId(), MeetingFormat.PHYSICAL,
				"Kayseri, KOSGEB", null, LocalDate.now(DestekTime.ZONE).plusDays(17).atTime(LocalTime.of(10, 0)));
		this.meetings.addApplication(scheduled.getId(), application);

		List<Race.Outcome<Meeting>> outcomes = Race.twice(() -> this.meetings.sendAgenda(scheduled.getId()));

		assertThat(Race.winners(outcomes)).hasSize(1);
		assertThat(Race.losers(outcomes)).singleElement().isInstanceOf(BoardRuleException.class);
		assertThat(audited("AGENDA_SENT", MeetingService.ENTITY, scheduled.getId())).isEqualTo(1);
		assertThat(count("select count(*) from board_participation where meeting_id = ? and item_id is null",
				scheduled.getId()))
			.isEqualTo(3);
	}

	@Test
	void madde18_10_aMemberSigningTheCommitmentTwiceAtTheSameInstantSignsOnce() throws Exception {
		Board other = this.fixtures.board();
		Long application = this.fixtures.control.readyForBoard(PROVINCE, "Eşzamanlı Taahhüt A.Ş.");
		Meeting scheduled = this.meetings.schedule(other.getId(), MeetingFormat.PHYSICAL, "Kayseri, KOSGEB", null,
				LocalDate.now(DestekTime.ZONE).plusDays(16).atTime(LocalTime.of(10, 0)));
		this.meetings.addApplication(scheduled.getId(), application);
		Meeting sent = this.meetings.sendAgenda(scheduled.getId());
		Long member = AppealFixtures.seats(other).get(0);

		List<Race.Outcome<CommitmentSignature>> outcomes = Race.twice(() -> this.members.sign(sent.getId(), member));

		// signing twice changes nothing: both answers show the commitment signed
		assertThat(Race.losers(outcomes)).isEmpty();
		assertThat(count("select count(*) from board_commitment_signature where meeting_id = ? and user_id = ?",
				sent.getId(), member))
			.isEqualTo(1);
		assertThat(count(
				"select count(*) from audit_entry where action = 'COMMITMENT_SIGNED' and entity_type = ? "
						+ "and entity_id = ? and summary like ?",
				MeetingService.ENTITY, String.valueOf(sent.getId()), "Member " + member + " %"))
			.isEqualTo(1);
	}

	@Test
	void madde18_10_aMemberDeclaringAConflictTwiceAtTheSameInstantIsRecordedOnce() throws Exception {
		Long member = this.seats.get(2);

		List<Race.Outcome<Boolean>> outcomes = Race.twice(() -> {
			this.members.declareConflict(this.meeting.getId(), this.item.getId(), member, "Eşim işletmede ortak");
			return true;
		});

		assertThat(Race.losers(outcomes)).isEmpty();
		assertThat(count("select count(*) from board_item_conflict where item_id = ? and user_id = ?",
				this.item.getId(), member))
			.isEqualTo(1);
		assertThat(count(
				"select count(*) from audit_entry where action = 'CONFLICT_DECLARED' and entity_type = ? "
						+ "and entity_id = ? and summary like ?",
				MeetingService.ENTITY, String.valueOf(this.meeting.getId()), "Member " + member + " %"))
			.isEqualTo(1);
	}

	// ------------------------------------------------------ the appeal commission

	/** The rejected application's appeal on a sent commission agenda, all signed. */
	AppealFixtures.OnAgenda appealOnCommissionAgenda(Board commission) {
		Decision rejection = approvedRejection();
		this.decisions.register(rejection.getId());
		UserAccount account = this.users.createApplicant(this.applications.find(this.application).getEnterpriseId(),
				"esz-itiraz-" + UUID.randomUUID() + "@example.com.tr", "İtiraz Eden", "Gizli-parola-123");
		DestekUser applicant = principal(account);
		Appeal appeal = this.kosgebAppeals
			.submit(applicant, this.applications.find(this.application).getVersion(), APPEAL_REASONS, List
				.of(new MockMultipartFile("documents", "teknik-yazi.pdf", "application/pdf", KosgebApplicants.pdf())));
		DestekUser unitManager = principal(this.fixtures.control.staff(Role.UNIT_MANAGER, PROVINCE));
		this.appeals.forward(unitManager, appeal.getId(), appeal.getVersion(),
				"Birim görüşü: itiraz gerekçeleri incelendi, teknik yazı dosyaya uygun.");
		return new AppealFixtures(this.context).onAgenda(commission, this.application);
	}

	@Test
	void madde13_7_aCommissionMemberVotingTwiceAtTheSameInstantIsCountedOnce() throws Exception {
		Board body = new AppealFixtures(this.context).commission();
		AppealFixtures.OnAgenda on = appealOnCommissionAgenda(body);
		Long member = AppealFixtures.seats(body).get(0);

		List<Race.Outcome<AppealVote>> outcomes = Race.twice(() -> this.commission.cast(on.meetingId(),
				on.item().getId(), member, VoteDecision.ACCEPT, "Komisyon üyesi gerekçesi: ölçütler yeniden"));

		assertThat(Race.winners(outcomes)).hasSize(1);
		assertThat(Race.losers(outcomes)).singleElement().isInstanceOf(BoardRuleException.class);
		assertThat(count("select count(*) from board_appeal_vote where item_id = ? and user_id = ?", on.item().getId(),
				member))
			.isEqualTo(1);

		// the same on the page: one recorded, the other shows the item with the rule
		DestekUser second = principal(AppealFixtures.seats(body).get(1));
		List<Race.Outcome<MvcResult>> pages = Race.twice(
				() -> this.mvc
					.perform(post("/board/member/appeals/" + on.meetingId() + "/items/" + on.item().getId() + "/vote")
						.with(user(second))
						.with(csrf())
						.param("decision", "REJECT")
						.param("reason", "Komisyon üyesi gerekçesi: ölçütler doğru uygulanmış"))
					.andReturn());
		assertThat(Race.losers(pages)).isEmpty();
		List<MvcResult> answers = pages.stream().map(Race.Outcome::value).toList();
		assertThat(answers).extracting(r -> r.getResponse().getStatus()).containsExactlyInAnyOrder(302, 200);
		assertThat(answers).filteredOn(r -> r.getResponse().getStatus() == 200)
			.singleElement()
			.satisfies(r -> assertThat(r.getResponse().getContentAsString()).contains("oyunuzu kullandınız"));
		assertThat(count("select count(*) from board_appeal_vote where item_id = ? and user_id = ?", on.item().getId(),
				second.getId()))
			.isEqualTo(1);
	}

	@Test
	void madde13_8_theItirazKararFormuPreparedAndRegisteredTwiceAtTheSameInstantExistsOnce() throws Exception {
		Board body = new AppealFixtures(this.context).commission();
		AppealFixtures.OnAgenda on = appealOnCommissionAgenda(body);
		List<Long> commissionSeats = AppealFixtures.seats(body);
		for (int i = 0; i < commissionSeats.size(); i++) {
			this.commission.cast(on.meetingId(), on.item().getId(), commissionSeats.get(i), VoteDecision.REJECT,
					"Komisyon üyesi " + (i + 1) + " gerekçesi: ölçütler doğru uygulanmış");
		}

		List<Race.Outcome<AppealDecision>> prepared = Race
			.twice(() -> this.commission.prepare(on.meetingId(), on.item().getId()));

		assertThat(Race.winners(prepared)).hasSize(1);
		assertThat(Race.losers(prepared)).singleElement()
			.satisfies(f -> refusedWith(f, "board.error.decision.prepared"));
		assertThat(count("select count(*) from board_appeal_decision where item_id = ?", on.item().getId()))
			.isEqualTo(1);

		AppealDecision decision = Race.winners(prepared).get(0).value();
		List<Race.Outcome<AppealDecision>> approved = Race
			.twice(() -> this.commission.approve(decision.getId(), commissionSeats.get(0)));
		assertThat(Race.losers(approved)).isEmpty();
		assertThat(count("select count(*) from board_appeal_decision_approval where decision_id = ? and user_id = ?",
				decision.getId(), commissionSeats.get(0)))
			.isEqualTo(1);
		commissionSeats.forEach(m -> this.commission.approve(decision.getId(), m));

		List<Race.Outcome<AppealDecision>> registered = Race.twice(() -> this.commission.register(decision.getId()));

		assertThat(Race.winners(registered)).hasSize(1);
		assertThat(Race.losers(registered)).singleElement()
			.satisfies(f -> refusedWith(f, "board.error.decision.registered"));
		assertThat(audited("APPEAL_DECISION_REGISTERED", AppealCommissionService.ENTITY, decision.getId()))
			.isEqualTo(1);
	}

}
