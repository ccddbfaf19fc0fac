package tr.destek.appeal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.calendar.SlaStatus;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.board.AppealDecision;
import tr.destek.board.AppealFixtures;
import tr.destek.board.Board;
import tr.destek.board.Decision;
import tr.destek.board.VoteDecision;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebAppeals;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.notification.NotificationInbox;
import tr.destek.notification.NotificationView;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class AppealTests {

	/** a province no other test uses: the unit's appeal queue is per province */
	static final int PROVINCE = 60;

	static final String REASONS = "Kurul, yazılımın yol haritası raporundaki önerilerle uyumunu yanlış değerlendirdi; "
			+ "ekteki teknik yazı bunu gösteriyor.";

	@Autowired
	ApplicationContext context;

	@Autowired
	AppealService appeals;

	@Autowired
	AppealDeadlines deadlines;

	@Autowired
	KosgebAppeals kosgebAppeals;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	UserAccountService users;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	DeadlineCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	AppealFixtures fixtures;

	AppealFixtures.Rejected rejected;

	ControlFixtures control;

	Board board;

	Long application;

	UserAccount applicantAccount;

	DestekUser applicant;

	DestekUser unitManager;

	Decision rejection;

	@BeforeEach
	void setUp() {
		this.fixtures = new AppealFixtures(this.context);
		this.control = ControlFixtures.from(this.context);
		this.rejected = this.fixtures.rejected(PROVINCE, "İtiraz Otomasyon A.Ş.");
		this.board = this.rejected.board();
		this.application = this.rejected.application();
		this.applicantAccount = this.rejected.applicantAccount();
		this.applicant = this.rejected.applicant();
		this.unitManager = this.rejected.unitManager();
		this.rejection = this.rejected.rejection();
	}

	KosgebApplication load() {
		return this.applications.find(this.application);
	}

	Appeal appeal() {
		return this.fixtures.appeal(this.rejected, REASONS);
	}

	Appeal forwarded() {
		return this.fixtures.forward(this.rejected, appeal());
	}

	List<NotificationView> applicantInbox() {
		return this.inbox.page(this.applicantAccount.getId(), PageRequest.of(0, 10), Locale.forLanguageTag("tr"))
			.getContent();
	}

	@Test
	void madde13_1_anAppealWithinTheWindowIsReceivedWithItsReasonsAndDocuments() {
		LocalDate today = LocalDate.now(DestekTime.ZONE);
		assertThat(load().getAppealLastDay()).isEqualTo(this.rejection.getAppealLastDay())
			.isEqualTo(this.calendar.deadline(today, 15, PeriodUnit.DAYS, Delivery.ELECTRONIC).endDate());
		assertThat(this.kosgebAppeals.refusal(load())).isEmpty();

		Appeal appeal = appeal();

		assertThat(appeal.getStatus()).isEqualTo(AppealStatus.SUBMITTED);
		assertThat(appeal.getRejectionRegistry()).isEqualTo(this.rejection.getRegistryNumber());
		assertThat(load().getStatus()).isEqualTo(ApplicationStatus.APPEALED);
		assertThat(this.appeals.documents(appeal.getId())).singleElement()
			.satisfies(d -> assertThat(d.filename()).isEqualTo("teknik-yazi.pdf"));
		assertThat(applicantInbox()).anySatisfy(n -> assertThat(n.subject()).contains("İtirazınız alındı"));
		assertThat(this.applications.timeline(this.application))
			.anySatisfy(e -> assertThat(e.getAction()).isEqualTo("APPEAL_SUBMITTED"));
	}

	@Test
	void madde13_1_lateAppealIsRefused() {
		LocalDate today = LocalDate.now(DestekTime.ZONE);
		LocalDate lastDay = this.calendar.deadline(today, 15, PeriodUnit.DAYS, Delivery.ELECTRONIC).endDate();
		assertThat(load().getAppealLastDay()).isEqualTo(lastDay);
		// the notification was 16+ days ago: the stored last day lies in the past
		LocalDate passed = today.minusDays(1);
		this.jdbc.update("update kosgeb_application set appeal_last_day = ? where id = ?", passed, this.application);

		assertThatThrownBy(this::appeal).isInstanceOfSatisfying(AppealRefusedException.class, e -> {
			assertThat(e.getMessageKey()).isEqualTo("appeal.refused.late");
			assertThat(e.getArgs())
				.containsExactly(passed.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
		});
		assertThat(load().getStatus()).isEqualTo(ApplicationStatus.BOARD_REJECTED);
		assertThat(this.kosgebAppeals.forApplication(this.application)).isEmpty();
	}

	@Test
	void madde13_1_aSecondAppealIsRefused() {
		appeal();

		assertThatThrownBy(this::appeal).isInstanceOfSatisfying(AppealRefusedException.class,
				e -> assertThat(e.getMessageKey()).isEqualTo("appeal.refused.second"));
	}

	@Test
	void madde13_1_reasonsAreRequired() {
		assertThatThrownBy(() -> this.kosgebAppeals.submit(this.applicant, load().getVersion(), "Kısa", List.of()))
			.isInstanceOfSatisfying(AppealRefusedException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("appeal.error.reasons"));
		assertThat(load().getStatus()).isEqualTo(ApplicationStatus.BOARD_REJECTED);
	}

	@Test
	void madde13_2_theUnitOfTheProvinceAddsItsOpinionAndForwards() {
		Appeal appeal = appeal();
		assertThat(this.appeals.unitQueue(this.unitManager)).extracting(Appeal::getId).contains(appeal.getId());
		assertThat(this.deadlines.forwardingSla(appeal).status()).isEqualTo(SlaStatus.ON_TIME);
		// the queue page's SLAs, read for all rows at once, are the single appeal's
		assertThat(this.deadlines.forwardingSlas(this.appeals.unitQueue(this.unitManager)).get(appeal.getId()))
			.satisfies(sla -> {
				assertThat(sla.due()).isEqualTo(this.deadlines.forwardingSla(appeal).due());
				assertThat(sla.status()).isEqualTo(SlaStatus.ON_TIME);
			});
		DestekUser otherUnit = this.control.principal(this.control.staff(Role.UNIT_MANAGER, 6));
		assertThatThrownBy(() -> this.appeals.forward(otherUnit, appeal.getId(), appeal.getVersion(), "Görüş"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.appeals.findForStaff(this.applicant, appeal.getId()))
			.isInstanceOf(NotFoundException.class);

		Appeal forwarded = this.appeals.forward(this.unitManager, appeal.getId(), appeal.getVersion(),
				"Birim görüşü: gerekçeler yerinde.");

		assertThat(forwarded.getStatus()).isEqualTo(AppealStatus.FORWARDED);
		assertThat(forwarded.getOpinion()).isEqualTo("Birim görüşü: gerekçeler yerinde.");
		assertThat(load().getStatus()).isEqualTo(ApplicationStatus.APPEAL_FORWARDED);
		// MADDE 13(11): one month from forwarding for the commission
		LocalDate today = LocalDate.now(DestekTime.ZONE);
		assertThat(this.deadlines.decisionSla(forwarded)).hasValueSatisfying(sla -> assertThat(sla.due())
			.isEqualTo(this.calendar.deadline(today, 1, PeriodUnit.MONTHS, Delivery.ELECTRONIC).endInstant()));
		assertThat(this.appeals.forwarded()).extracting(Appeal::getId).contains(appeal.getId());
	}

	@Test
	void madde13_2_anOverdueForwardingIsEscalatedOnceAndNeverBlocks() {
		Appeal appeal = appeal();
		this.jdbc.update("update appeal set forwarding_due_at = now() - interval '1 day' where id = ?", appeal.getId());
		AppealSlaEscalationJob job = this.context.getBean(AppealSlaEscalationJob.class);

		job.escalateOverdueForwarding();
		job.escalateOverdueForwarding();

		assertThat(this.inbox.page(this.unitManager.getId(), PageRequest.of(0, 20), Locale.forLanguageTag("tr"))
			.getContent()
			.stream()
			.filter(n -> n.subject().contains("İtiraz iletme süresi doldu"))).hasSize(1);
		Appeal current = this.kosgebAppeals.forApplication(this.application).orElseThrow();
		assertThat(
				this.appeals.forward(this.unitManager, current.getId(), current.getVersion(), "Geç görüş.").getStatus())
			.isEqualTo(AppealStatus.FORWARDED);
	}

	@Test
	void madde13_10_anAcceptedAppealReturnsToTheBoardAndASecondRejectionIsFinal() {
		forwarded();
		Board commission = this.fixtures.commission();
		AppealFixtures.OnAgenda on = this.fixtures.onAgenda(commission, this.application);

		AppealDecision decision = this.fixtures.commissionDecides(commission, on, VoteDecision.ACCEPT,
				VoteDecision.REJECT, VoteDecision.ACCEPT);

		assertThat(decision.isAccepted()).isTrue();
		assertThat(decision.getRegistryNumber()).matches("IK-" + LocalDate.now(DestekTime.ZONE).getYear() + "-\\d{6}");
		assertThat(decision.getReasons()).contains("Komisyon üyesi 1")
			.contains("Komisyon üyesi 3")
			.doesNotContain("Komisyon üyesi 2");
		assertThat(load().getStatus()).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
		assertThat(load().isReEvaluationAfterAppeal()).isTrue();
		assertThat(this.kosgebAppeals.forApplication(this.application).orElseThrow().getStatus())
			.isEqualTo(AppealStatus.ACCEPTED);
		assertThat(applicantInbox()).anySatisfy(n -> assertThat(n.subject()).contains("kabul edildi"));

		Decision again = this.fixtures.boardDecides(this.board, this.application, VoteDecision.REJECT,
				VoteDecision.REJECT, VoteDecision.REJECT);

		assertThat(again.getAppealLastDay()).isNull();
		KosgebApplication finalState = load();
		assertThat(finalState.getStatus()).isEqualTo(ApplicationStatus.BOARD_REJECTED);
		assertThat(finalState.isFinallyRejected()).isTrue();
		assertThat(finalState.isAppealableOn(LocalDate.now(DestekTime.ZONE))).isFalse();
		assertThat(this.kosgebAppeals.refusal(finalState))
			.hasValueSatisfying(r -> assertThat(r.getMessageKey()).isEqualTo("appeal.refused.final"));
		assertThatThrownBy(this::appeal).isInstanceOfSatisfying(AppealRefusedException.class,
				e -> assertThat(e.getMessageKey()).isEqualTo("appeal.refused.final"));
		assertThat(applicantInbox()).anySatisfy(n -> assertThat(n.body()).contains("kesindir"));
	}

	@Test
	void madde13_10_aRejectedAppealIsFinal() {
		forwarded();
		Board commission = this.fixtures.commission();
		AppealFixtures.OnAgenda on = this.fixtures.onAgenda(commission, this.application);

		AppealDecision decision = this.fixtures.commissionDecides(commission, on, VoteDecision.REJECT,
				VoteDecision.ACCEPT, VoteDecision.REJECT);

		assertThat(decision.isAccepted()).isFalse();
		assertThat(load().getStatus()).isEqualTo(ApplicationStatus.APPEAL_REJECTED);
		assertThat(load().isFinallyRejected()).isTrue();
		assertThat(this.kosgebAppeals.refusal(load()))
			.hasValueSatisfying(r -> assertThat(r.getMessageKey()).isEqualTo("appeal.refused.final"));
		assertThat(applicantInbox()).anySatisfy(n -> {
			assertThat(n.subject()).contains("reddedildi");
			assertThat(n.body()).contains(decision.getRegistryNumber()).contains("kesindir");
		});
	}

	@Test
	void anApplicantSeesOnlyItsOwnEnterprisesAppeal() {
		appeal();
		Long otherApplication = this.control.readyForBoard(PROVINCE, "Başka Sanayi A.Ş.");
		UserAccount other = this.users.createApplicant(this.applications.find(otherApplication).getEnterpriseId(),
				"baska-" + UUID.randomUUID() + "@example.com.tr", "Başka Kullanıcı", "Gizli-parola-123");

		assertThat(this.kosgebAppeals.ownAppeal(this.control.principal(other))).isEmpty();
		assertThat(this.kosgebAppeals.ownAppeal(this.applicant)).isPresent();
	}

}
