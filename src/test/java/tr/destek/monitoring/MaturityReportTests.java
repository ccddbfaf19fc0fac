package tr.destek.monitoring;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.UserAccount;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.notification.NotificationInbox;
import tr.destek.notification.NotificationView;
import tr.destek.platform.DestekTime;
import tr.destek.programme.ParameterScope;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The programme period (MADDE 6(5)) and the maturity report after the programme (MADDE
 * 17(2)): reminder, notice with 15 more days, UNSUCCESSFUL with payments stopped, each
 * once; the applicant's page and submission.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class MaturityReportTests {

	static final int PROVINCE = 77;

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	ApplicationContext context;

	@Autowired
	MonitoringService monitoring;

	@Autowired
	MaturityReportJob job;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	MonitoringFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new MonitoringFixtures(this.context);
	}

	@Test
	void madde6_5_madde17_2_theProgrammeEndsAfterItsDurationAndTheReportWindowOpens12MonthsLaterFor3Months() {
		// duration 12 months for a start before 24/09/2024; the window's last day
		// 29/08/2026 is a Saturday, so it ends on Monday 31/08/2026 at 23:59 (MADDE
		// 18(13))
		ProgrammePeriod period = this.monitoring.period(ParameterScope.KOSGEB_DT, LocalDate.of(2024, 5, 29));
		assertThat(period.end()).isEqualTo(LocalDate.of(2025, 5, 29));
		assertThat(period.reportWindowOpens()).isEqualTo(LocalDate.of(2026, 5, 29));
		assertThat(period.reportDue())
			.isEqualTo(LocalDateTime.of(2026, 8, 31, 23, 59).atZone(DestekTime.ZONE).toInstant());
		// duration 24 months from 24/09/2024 (Olur 471721); month-end rule of MADDE
		// 18(14)
		ProgrammePeriod later = this.monitoring.period(ParameterScope.KOSGEB_DT, LocalDate.of(2024, 11, 30));
		assertThat(later.end()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(later.reportWindowOpens()).isEqualTo(LocalDate.of(2027, 11, 30));
	}

	@Test
	void madde17_2_remindedThenNotifiedWith15DaysThenUnsuccessfulEachOnceEvenWithTwoSchedulersRacing()
			throws Exception {
		Long application = this.fixtures.accepted(PROVINCE, "Yalova Dijital Tekstil", LocalDate.of(2024, 5, 29));
		UserAccount applicant = this.fixtures.applicant(application);
		MonitoringCase opened = this.fixtures.caseOf(application);
		assertThat(opened.getStatus()).isEqualTo(CaseStatus.ACTIVE);
		assertThat(opened.getProgrammeStart()).isEqualTo(LocalDate.of(2024, 5, 29));
		assertThat(this.monitoring.paymentsStopped(application)).isFalse();

		race();

		MonitoringCase noticed = this.fixtures.caseOf(application);
		LocalDate today = LocalDate.now(DestekTime.ZONE);
		assertThat(noticed.getStatus()).isEqualTo(CaseStatus.AWAITING_MATURITY_REPORT);
		assertThat(noticed.getReminderSentAt()).isNotNull();
		assertThat(noticed.getNoticeSentAt()).isNotNull();
		// 15 days from the notice, counted by MADDE 18(13)
		assertThat(noticed.getExtraDueAt().atZone(DestekTime.ZONE).toLocalDate()).isBetween(today.plusDays(15),
				today.plusDays(19));
		assertThat(noticed.getExtraDueAt().atZone(DestekTime.ZONE).toLocalTime()).isEqualTo(LocalTime.of(23, 59));
		assertThat(inbox(applicant)).extracting(NotificationView::subject)
			.containsExactlyInAnyOrder(noticed.getReference() + ": olgunluk seviyesi süresinde gönderilmedi",
					noticed.getReference() + ": olgunluk seviyesi bildirim süresi başladı");
		assertThat(inbox(applicant)).filteredOn(n -> n.subject().contains("süresinde gönderilmedi"))
			.singleElement()
			.satisfies(n -> assertThat(n.body()).contains("15 gün").contains("MADDE 17(2)"));
		assertThat(this.applications.find(application).getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);

		// the 15 days pass without a report
		this.jdbc.update("update monitoring_case set extra_due_at = ? where id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), noticed.getId());
		race();
		race();

		MonitoringCase failed = this.fixtures.caseOf(application);
		assertThat(failed.getStatus()).isEqualTo(CaseStatus.UNSUCCESSFUL);
		assertThat(this.monitoring.paymentsStopped(application)).isTrue();
		assertThat(this.applications.find(application).getStatus()).isEqualTo(ApplicationStatus.UNSUCCESSFUL);
		assertThat(inbox(applicant)).hasSize(3)
			.filteredOn(n -> n.subject().contains("başarıyla tamamlanmadı"))
			.singleElement()
			.satisfies(n -> assertThat(n.body()).contains("bekleyen destek ödemeleri yapılmayacak"));
		assertThat(this.audit.history(MonitoringService.ENTITY, failed.getId())).extracting(e -> e.getAction())
			.containsExactly("MONITORING_OPENED", "MONITORING_PLANNED", "MONITORING_REPORT_WINDOW_OPENED",
					"MONITORING_NOTICE_SENT", "MONITORING_UNSUCCESSFUL");
		this.mvc.perform(get("/kosgeb/application/monitoring").with(user(this.fixtures.principal(applicant))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Program başarıyla tamamlanmadı")))
			.andExpect(content().string(containsString("Bekleyen destek ödemeleri yapılmaz")));
	}

	@Test
	void madde17_2_theApplicantSendsTheNewLevelWithTheReportInTheWindowAndTheProgrammeIsCompleted() throws Exception {
		Long application = this.fixtures.accepted(PROVINCE, "Yalova Akıllı Fabrika", LocalDate.of(2024, 5, 29));
		UserAccount applicant = this.fixtures.applicant(application);
		MonitoringCase found = this.fixtures.caseOf(application);
		LocalDate today = LocalDate.now(DestekTime.ZONE);
		Instant due = Instant.now().plus(Duration.ofDays(20));
		this.jdbc.update("update monitoring_case set report_window_opens = ?, report_due_at = ? where id = ?",
				today.minusDays(1), Timestamp.from(due), found.getId());
		assertThat(this.monitoring.openReportWindow(found.getId())).isTrue();
		assertThat(this.monitoring.openReportWindow(found.getId())).isFalse();
		assertThat(this.monitoring.giveNotice(found.getId())).isFalse();
		var principal = user(this.fixtures.principal(applicant));
		this.mvc.perform(get("/kosgeb/application/monitoring").with(principal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MADDE 17(2)")))
			.andExpect(content().string(containsString(MonitoringService.moment(due))));
		long version = this.fixtures.caseOf(application).getVersion();

		// no level, and a file that is not a PDF, PNG or JPEG: errors next to the fields
		this.mvc
			.perform(multipart("/kosgeb/application/monitoring/report")
				.file(new MockMultipartFile("file", "rapor.pdf", "application/pdf", "MZ\u0090 program".getBytes()))
				.param("version", String.valueOf(version))
				.param("level", " ")
				.with(principal)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dijital dönüşüm seviyesini girin")));
		this.mvc
			.perform(multipart("/kosgeb/application/monitoring/report")
				.file(new MockMultipartFile("file", "rapor.pdf", "application/pdf", "MZ\u0090 program".getBytes()))
				.param("version", String.valueOf(version))
				.param("level", "Seviye 3 - Tanımlı")
				.with(principal)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("value=\"Seviye 3 - Tanımlı\"")));
		assertThat(this.fixtures.caseOf(application).getStatus()).isEqualTo(CaseStatus.AWAITING_MATURITY_REPORT);

		this.mvc
			.perform(multipart("/kosgeb/application/monitoring/report")
				.file(new MockMultipartFile("file", "olgunluk-raporu.pdf", "application/pdf", PDF))
				.param("version", String.valueOf(version))
				.param("level", "Seviye 3 - Tanımlı")
				.with(principal)
				.with(csrf()))
			.andExpect(redirectedUrl("/kosgeb/application/monitoring"));

		MonitoringCase completed = this.fixtures.caseOf(application);
		assertThat(completed.getStatus()).isEqualTo(CaseStatus.COMPLETED);
		assertThat(completed.getReportLevel()).isEqualTo("Seviye 3 - Tanımlı");
		assertThat(completed.getReportDocumentId()).isNotNull();
		assertThat(this.monitoring.paymentsStopped(application)).isFalse();
		assertThat(this.applications.find(application).getStatus()).isEqualTo(ApplicationStatus.COMPLETED);
		this.mvc.perform(get("/kosgeb/application/monitoring").with(principal))
			.andExpect(content().string(containsString("Program başarıyla tamamlandı")))
			.andExpect(content().string(containsString("olgunluk-raporu.pdf")));
	}

	@Test
	void madde17_2_aReportAfterTheDeadlineIsRefusedWithTheReason() throws Exception {
		Long application = this.fixtures.accepted(PROVINCE, "Yalova Geç Bildirim", LocalDate.of(2024, 5, 29));
		UserAccount applicant = this.fixtures.applicant(application);
		MonitoringCase found = this.fixtures.caseOf(application);
		this.monitoring.openReportWindow(found.getId());
		// the window passed, the job has not given notice yet
		this.mvc
			.perform(multipart("/kosgeb/application/monitoring/report")
				.file(new MockMultipartFile("file", "rapor.pdf", "application/pdf", PDF))
				.param("version", String.valueOf(this.fixtures.caseOf(application).getVersion()))
				.param("level", "Seviye 2")
				.with(user(this.fixtures.principal(applicant)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bildirim süresi doldu")));
		assertThat(this.fixtures.caseOf(application).getStatus()).isEqualTo(CaseStatus.AWAITING_MATURITY_REPORT);
	}

	@Test
	void anApplicantWhoseProgrammeHasNotStartedSeesOnlyThatAndNeverAnotherEnterprisesCase() throws Exception {
		Long other = this.fixtures.accepted(PROVINCE, "Yalova Başka İşletme", LocalDate.of(2024, 5, 29));
		Long own = this.fixtures.control.readyForBoard(PROVINCE, "Yalova Bekleyen");
		UserAccount applicant = this.fixtures.applicant(own);
		this.mvc.perform(get("/kosgeb/application/monitoring").with(user(this.fixtures.principal(applicant))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Programınız henüz başlamadı")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(containsString(this.applications.find(other).getReference()))));
	}

	private List<NotificationView> inbox(UserAccount user) {
		return this.inbox.page(user.getId(), PageRequest.of(0, 10), Locale.forLanguageTag("tr")).getContent();
	}

	private void race() throws Exception {
		waitForLockRelease();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService schedulers = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = List.of(schedulers.submit(() -> {
				start.await();
				this.job.run();
				return null;
			}), schedulers.submit(() -> {
				start.await();
				this.job.run();
				return null;
			}));
			start.countDown();
			for (Future<?> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			schedulers.shutdownNow();
		}
	}

	private void waitForLockRelease() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline && Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from shedlock where name = 'monitoring-maturity-report' and lock_until > timezone('utc', now()))",
				Boolean.class))) {
			Thread.sleep(200);
		}
	}

}
