package tr.destek.monitoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.loan.DisbursedLoan;
import tr.destek.loan.LoanFixtures;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Post-support monitoring (MADDE 17(1)): the sampling draw one year after the last loan
 * maturity, once even with two schedulers, reproducible from its seed; the Destek Sonrası
 * İzleme Formu FRM.34.00.11 and its PDF; the province unit's overview.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class PostSupportMonitoringTests {

	static final int PROVINCE = 76;

	static final BigDecimal RATE = new BigDecimal("10");

	@Autowired
	ApplicationContext context;

	@Autowired
	MonitoringService monitoring;

	@Autowired
	PostSupportMonitoring postSupport;

	@Autowired
	SamplingJob job;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	LoanFixtures loans;

	ControlFixtures control;

	@BeforeEach
	void setUp() {
		this.loans = LoanFixtures.from(this.context);
		this.control = ControlFixtures.from(this.context);
	}

	/**
	 * Programme 01/10/2024 – 01/10/2026 (24 months); a 3-month loan disbursed on
	 * 15/01/2025 matures on 15/04/2025, so the draw is due on 15/04/2026.
	 */
	MonitoringCase withLoan(String title) {
		Long application = this.loans.acceptedApplication(PROVINCE, title, LocalDate.of(2024, 10, 1));
		this.monitoring.open(application);
		DisbursedLoan loan = this.loans.disbursedLoan(application, new BigDecimal("2000000.00"),
				LocalDate.of(2025, 1, 15), 3, 0);
		assertThat(loan.lastMaturity()).isEqualTo(LocalDate.of(2025, 4, 15));
		return this.monitoring.forApplication(application).orElseThrow();
	}

	@Test
	void madde17_1_oneYearAfterTheLastMaturityEachCaseIsDrawnOnceEvenWithTwoSchedulersAndTheDrawCanBeRepeated()
			throws Exception {
		MonitoringCase drawn = withLoan("Iğdır Dijital Un");
		Long withoutLoan = this.loans.acceptedApplication(PROVINCE, "Iğdır Kredisiz", LocalDate.of(2024, 10, 1));
		MonitoringCase noLoan = this.monitoring.open(withoutLoan).orElseThrow();
		assertThat(this.postSupport.samplingDue(drawn.getApplicationId())).contains(LocalDate.of(2026, 4, 15));

		race();
		race();

		Sample sample = this.postSupport.sample(drawn.getId()).orElseThrow();
		assertThat(sample.getLastMaturity()).isEqualTo(LocalDate.of(2025, 4, 15));
		assertThat(sample.getDueDate()).isEqualTo(LocalDate.of(2026, 4, 15));
		assertThat(sample.getRatePercent()).isEqualByComparingTo(RATE);
		SamplingDraw repeated = SamplingDraw.of(sample.getSeed(), sample.getRatePercent());
		assertThat(repeated.selected()).isEqualTo(sample.isSelected());
		assertThat(sample.getReason()).isEqualTo(repeated.reason());
		assertThat(this.audit.history(PostSupportMonitoring.SAMPLE_ENTITY, sample.getId())).singleElement()
			.satisfies(e -> assertThat(e.getActor()).isEqualTo(AuditTrail.SYSTEM));
		assertThat(this.jdbc.queryForObject("select count(*) from monitoring_sample where case_id = ?", Long.class,
				drawn.getId()))
			.isOne();
		// no loan, no last maturity: not drawn
		assertThat(this.postSupport.sample(noLoan.getId())).isEmpty();
		assertThat(this.postSupport.draw(drawn.getId())).isEmpty();
	}

	@Test
	void madde17_1_theResponsibleStaffFillInTheMonitoringFormForASampledEnterpriseAndPrintIt() throws Exception {
		MonitoringCase sampled = withLoan("Iğdır Şeker Üretim");
		long seed = LongStream.iterate(1, s -> s + 1)
			.filter(s -> SamplingDraw.of(s, RATE).selected())
			.findFirst()
			.orElseThrow();
		assertThat(this.postSupport.draw(sampled.getId(), seed))
			.hasValueSatisfying(s -> assertThat(s.isSelected()).isTrue());
		DestekUser staff = this.control.principal(this.control.staff(Role.RESPONSIBLE_STAFF, PROVINCE));
		DestekUser manager = this.loans.unitManager(PROVINCE);
		DestekUser otherProvince = this.control.principal(this.control.staff(Role.RESPONSIBLE_STAFF, 75));

		this.mvc.perform(get("/kosgeb/control/monitoring").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(sampled.getReference())))
			.andExpect(content().string(containsString("Örnekleme ile seçildi")));
		this.mvc.perform(get("/kosgeb/control/monitoring").with(user(otherProvince)))
			.andExpect(content().string(not(containsString(sampled.getReference()))));
		this.mvc.perform(get("/kosgeb/control/monitoring/" + sampled.getId()).with(user(otherProvince)))
			.andExpect(status().isNotFound());
		assertThatThrownBy(() -> this.postSupport.recordVisit(manager, sampled.getId(),
				new VisitRecord(LocalDate.of(2026, 5, 4), true, 12, "Seviye 3", "Yerinde görüldü")))
			.isInstanceOfSatisfying(MonitoringRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("monitoring.error.visit.staff-only"));

		String url = "/kosgeb/control/monitoring/" + sampled.getId();
		this.mvc
			.perform(post(url + "/visits").param("visitDate", LocalDate.now(DestekTime.ZONE).plusDays(2).toString())
				.param("employees", "-1")
				.param("maturityLevel", "Seviye 3")
				.param("findings", "")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ziyaret tarihi bugünden sonra olamaz.")))
			.andExpect(content().string(containsString("Çalışan sayısı 0 ile 1.000.000 arasında")))
			.andExpect(content().string(containsString("Varlıkların kullanımda olup olmadığını seçin.")))
			.andExpect(content().string(containsString("Ziyaretteki tespitleri yazın.")))
			.andExpect(content().string(containsString("value=\"Seviye 3\"")));
		this.mvc
			.perform(post(url + "/visits").param("visitDate", "2026-05-04")
				.param("assetsInUse", "true")
				.param("employees", "14")
				.param("maturityLevel", "Seviye 4 - Yönetilen")
				.param("findings", "ERP yazılımı ve sunucu kullanımda; çalışanlar eğitimli. Üretim İzmir şubesinde.")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl(url));

		Visit visit = this.postSupport.visits(sampled.getId()).get(0);
		assertThat(visit.getEmployees()).isEqualTo(14);
		assertThat(visit.isAssetsInUse()).isTrue();
		MvcResult pdf = this.mvc.perform(get(url + "/visits/" + visit.getId() + ".pdf").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		String text = text(pdf.getResponse().getContentAsByteArray());
		assertThat(text).contains("FRM.34.00.11")
			.contains("Destek Sonrası İzleme Formu")
			.contains("ERP yazılımı ve sunucu kullanımda; çalışanlar eğitimli. Üretim İzmir şubesinde.")
			.contains("Seviye 4 - Yönetilen")
			.contains("04/05/2026")
			.contains("15/04/2025");
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private void race() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline && Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from shedlock where name = 'monitoring-sampling' and lock_until > timezone('utc', now()))",
				Boolean.class))) {
			Thread.sleep(200);
		}
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

}
