package tr.destek.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.notification.NotificationInbox;
import tr.destek.notification.NotificationView;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Termination by board decision (MADDE 17(5)) with the refund decision (MADDE 17(6)) and
 * the refund with legal interest (MADDE 17(6), 18(6)).
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class TerminationTests {

	static final int PROVINCE = 77;

	@Autowired
	ApplicationContext context;

	@Autowired
	MonitoringService monitoring;

	@Autowired
	TerminationService terminations;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	MockMvc mvc;

	MonitoringFixtures fixtures;

	DestekUser secretariat;

	@BeforeEach
	void setUp() {
		this.fixtures = new MonitoringFixtures(this.context);
		this.secretariat = this.fixtures.control
			.principal(this.fixtures.control.staff(Role.BOARD_SECRETARIAT, PROVINCE));
	}

	@Test
	void madde17_5_madde17_6_theSecretariatRecordsALiquidationTerminationAndThePaidSupportIsReclaimedWithLegalInterest()
			throws Exception {
		Long application = this.fixtures.accepted(PROVINCE, "Yalova Tasfiye Ltd", LocalDate.of(2025, 3, 3));
		UserAccount applicant = this.fixtures.applicant(application);
		MonitoringCase found = this.fixtures.caseOf(application);
		String url = "/board/secretariat/terminations/" + found.getId();

		this.mvc.perform(get("/board/secretariat/terminations").with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(found.getReference())));
		this.mvc
			.perform(post(url).param("cause", "OTHER")
				.param("decisionReference", " ")
				.param("excused", "true")
				.with(user(this.secretariat))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kurul kararının sayısını girin.")))
			.andExpect(content().string(containsString("Karar tarihini girin.")))
			.andExpect(content().string(containsString("“Diğer” nedeni kararda yazdığı gibi açıklayın.")))
			.andExpect(content().string(containsString("Kurulun kabul ettiği gerekçeyi seçin.")));
		assertThat(this.fixtures.caseOf(application).getStatus()).isEqualTo(CaseStatus.ACTIVE);

		this.mvc
			.perform(post(url).param("cause", "LIQUIDATION")
				.param("decisionReference", "KK-2026-000917")
				.param("decisionDate", "2026-07-01")
				.param("excused", "false")
				.with(user(this.secretariat))
				.with(csrf()))
			.andExpect(redirectedUrl(url));

		assertThat(this.fixtures.caseOf(application).getStatus()).isEqualTo(CaseStatus.TERMINATED);
		assertThat(this.monitoring.paymentsStopped(application)).isTrue();
		assertThat(this.applications.find(application).getStatus()).isEqualTo(ApplicationStatus.TERMINATED);
		Termination termination = this.terminations.forCase(found.getId()).orElseThrow();
		assertThat(termination.isRefundRequired()).isTrue();
		this.mvc.perform(get(url).with(user(this.secretariat)))
			.andExpect(content().string(containsString("ödeme tarihinden itibaren işleyecek yasal faiziyle")))
			.andExpect(content().string(containsString("01.06.2024 tarihinden itibaren yıllık %24")));
		assertThat(inbox(applicant)).singleElement().satisfies(n -> {
			assertThat(n.subject()).isEqualTo(found.getReference() + ": program sonlandırıldı");
			assertThat(n.body()).contains("KK-2026-000917").contains("01.07.2026").contains("yasal faiziyle");
		});

		// the payments ledger supplies what was paid: 100.000,00 on 01/07/2025 and
		// 50.000,00 on 15/01/2026, reclaimed on the decision date at 24 %
		RefundStatement statement = this.terminations.refundStatement(found.getId(),
				List.of(new PaidSupport(LocalDate.of(2025, 7, 1), new BigDecimal("100000.00")),
						new PaidSupport(LocalDate.of(2026, 1, 15), new BigDecimal("50000.00"))),
				termination.getDecisionDate());
		assertThat(statement.waived()).isFalse();
		assertThat(statement.interest()).isEqualByComparingTo("29490.41");
		assertThat(statement.total()).isEqualByComparingTo("179490.41");

		// a second termination of the same programme is refused
		assertThatThrownBy(() -> this.terminations.terminate(found.getId(),
				new TerminationRecord(TerminationCause.CLOSURE, null, "KK-2026-000918", LocalDate.of(2026, 7, 2), null,
						null)))
			.isInstanceOfSatisfying(MonitoringRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("monitoring.error.termination.closed"));
	}

	@Test
	void madde17_6_noRefundWhenTheBoardAcceptsForceMajeureSuchAsAnEarthquake() throws Exception {
		Long application = this.fixtures.accepted(PROVINCE, "Yalova Deprem Zararı", LocalDate.of(2025, 3, 3));
		UserAccount applicant = this.fixtures.applicant(application);
		MonitoringCase found = this.fixtures.caseOf(application);
		String url = "/board/secretariat/terminations/" + found.getId();

		this.mvc
			.perform(post(url).param("cause", "CLOSURE")
				.param("decisionReference", "KK-2026-000920")
				.param("decisionDate", LocalDate.now(DestekTime.ZONE).toString())
				.param("excused", "true")
				.param("excusingCause", "EARTHQUAKE")
				.with(user(this.secretariat))
				.with(csrf()))
			.andExpect(redirectedUrl(url));

		assertThat(this.monitoring.paymentsStopped(application)).isTrue();
		Termination termination = this.terminations.forCase(found.getId()).orElseThrow();
		assertThat(termination.isRefundRequired()).isFalse();
		assertThat(termination.getExcusingCause()).isEqualTo(ExcusingCause.EARTHQUAKE);
		RefundStatement statement = this.terminations.refundStatement(found.getId(),
				List.of(new PaidSupport(LocalDate.of(2025, 7, 1), new BigDecimal("100000.00"))),
				LocalDate.now(DestekTime.ZONE));
		assertThat(statement.waived()).isTrue();
		assertThat(statement.total()).isEqualByComparingTo("0.00");
		this.mvc.perform(get(url).with(user(this.secretariat)))
			.andExpect(content().string(containsString("İade istenmez: kurul “Deprem” gerekçesini kabul etti")));
		assertThat(inbox(applicant)).singleElement()
			.satisfies(n -> assertThat(n.body()).contains("iadesi istenmeyecek"));
	}

	@Test
	void madde18_6_theLegalInterestRateIsAVersionedParameterAndARateChangeIsAppliedPerSubPeriod() {
		assertThat(this.terminations.legalInterestRates(LocalDate.of(2026, 1, 1))).containsExactly(
				new LegalInterestRate(LocalDate.of(2006, 1, 1), new BigDecimal("9")),
				new LegalInterestRate(LocalDate.of(2024, 6, 1), new BigDecimal("24")));
		RefundStatement statement = this.terminations.refund(
				List.of(new PaidSupport(LocalDate.of(2024, 5, 1), new BigDecimal("10000.00"))),
				LocalDate.of(2024, 6, 30), false);
		assertThat(statement.lines().get(0).periods()).extracting(RefundLine.InterestPeriod::interest)
			.containsExactly(new BigDecimal("73.97"), new BigDecimal("197.26"));
		assertThat(statement.total()).isEqualByComparingTo("10271.23");
	}

	@Test
	void aTerminationCannotBeRecordedOnACompletedProgrammeOrBySomeoneOutsideTheSecretariat() throws Exception {
		Long application = this.fixtures.accepted(PROVINCE, "Yalova Tamamlanan", LocalDate.of(2025, 3, 3));
		MonitoringCase found = this.fixtures.caseOf(application);
		DestekUser staff = this.fixtures.control
			.principal(this.fixtures.control.staff(Role.RESPONSIBLE_STAFF, PROVINCE));
		this.mvc.perform(get("/board/secretariat/terminations/" + found.getId()).with(user(staff)))
			.andExpect(status().isForbidden());
		this.fixtures.jdbc.update("update monitoring_case set status = 'COMPLETED' where id = ?", found.getId());
		this.mvc
			.perform(post("/board/secretariat/terminations/" + found.getId()).param("cause", "CLOSURE")
				.param("decisionReference", "KK-2026-000930")
				.param("decisionDate", LocalDate.now(DestekTime.ZONE).toString())
				.param("excused", "false")
				.with(user(this.secretariat))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Program zaten kapandı")));
		assertThat(this.terminations.forCase(found.getId())).isEmpty();
	}

	private List<NotificationView> inbox(UserAccount user) {
		return this.inbox.page(user.getId(), PageRequest.of(0, 10), Locale.forLanguageTag("tr")).getContent();
	}

}
