package tr.destek.payment;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.monitoring.MonitoringCase;
import tr.destek.monitoring.MonitoringService;
import tr.destek.monitoring.TerminationCause;
import tr.destek.monitoring.TerminationRecord;
import tr.destek.monitoring.TerminationService;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pending payments stop when the monitoring finds the programme not completed
 * successfully (MADDE 17(2)) or the board terminates it (MADDE 17(5)).
 */
@IntegrationTest
class PaymentStopTests {

	/** Bitlis: no other test uses it. */
	static final int PROVINCE = 13;

	static final String UNSUCCESSFUL = "Ödeme yapılamaz: program başarıyla tamamlanmadı";

	@Autowired
	ApplicationContext context;

	@Autowired
	PaymentService payments;

	@Autowired
	PaymentQueries queries;

	@Autowired
	MonitoringService monitoring;

	@Autowired
	TerminationService terminations;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	PaymentFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new PaymentFixtures(this.context);
	}

	@Test
	void madde17_2_aProgrammeTheMonitoringMarksUnsuccessfulGetsNoFurtherPayment() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest first = this.fixtures.prepared(c, 1, false, "0", "0", "0");
		this.payments.approve(c.manager(), first.getId(), first.getVersion());
		PaymentRequest second = this.fixtures.prepared(c, 2, false, "0", "0", "0");
		assertThat(this.payments.view(c.manager(), second.getId()).blockers()).isEmpty();

		markUnsuccessfulByTheMonitoring(c.applicationId());
		assertThat(this.applications.find(c.applicationId()).getStatus()).isEqualTo(ApplicationStatus.UNSUCCESSFUL);

		// the waiting oluru can no longer be approved, nor a new request opened or
		// prepared
		assertThatThrownBy(() -> this.payments.approve(c.manager(), second.getId(), second.getVersion()))
			.isInstanceOfSatisfying(PaymentRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("payment.stopped.unsuccessful"));
		assertThatThrownBy(
				() -> this.payments.prepare(c.expert(), second.getId(), second.getVersion(), null, null, null))
			.isInstanceOfSatisfying(PaymentRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("payment.stopped.unsuccessful"));
		assertThatThrownBy(() -> this.payments.open(c.applicant(), c.loan().loanId(), 3, PaymentFixtures.today()))
			.isInstanceOfSatisfying(PaymentRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("payment.stopped.unsuccessful"));
		assertThat(this.queries.paidFor(c.applicationId())).singleElement()
			.satisfies(p -> assertThat(p.quarterNumber()).isEqualTo(1));

		// staff and applicant see the pending request as stopped; the paid one is not
		assertThat(this.payments.view(c.manager(), second.getId()).stopped()).isEqualTo("payment.stopped.unsuccessful");
		assertThat(this.payments.view(c.manager(), second.getId()).blockers()).contains("payment.stopped.unsuccessful");
		assertThat(this.payments.view(c.applicant(), first.getId()).stopped()).isNull();
		assertThat(this.payments.queue(c.manager())).filteredOn(r -> r.request().getId().equals(second.getId()))
			.singleElement()
			.satisfies(r -> assertThat(r.stopped()).isEqualTo("payment.stopped.unsuccessful"));
		assertThat(this.payments.queue(c.manager())).filteredOn(r -> r.request().getId().equals(first.getId()))
			.singleElement()
			.satisfies(r -> assertThat(r.stopped()).isNull());

		String page = "/kosgeb/control/payments/requests/" + second.getId();
		this.mvc.perform(get("/kosgeb/control/payments").with(user(c.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("stopped-" + second.getId())))
			.andExpect(content().string(not(containsString("stopped-" + first.getId() + "\""))));
		this.mvc.perform(get(page).with(user(c.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(UNSUCCESSFUL)))
			.andExpect(content().string(containsString("MADDE 17(2)")));
		this.mvc
			.perform(post(page + "/approve").param("version", String.valueOf(second.getVersion()))
				.with(user(c.manager()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString(UNSUCCESSFUL)));
		this.mvc.perform(get("/kosgeb/application/payments").with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(UNSUCCESSFUL)))
			.andExpect(content().string(containsString("id=\"stopped-" + second.getId() + "\"")))
			.andExpect(content().string(not(containsString("id=\"stopped-" + first.getId() + "\""))))
			.andExpect(content().string(not(containsString("id=\"open-" + c.loan().loanId() + "\""))));
		this.mvc.perform(get("/kosgeb/application/payments/requests/" + second.getId()).with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(UNSUCCESSFUL)));
		assertThat(this.payments.view(c.manager(), second.getId()).request().getStatus())
			.isEqualTo(PaymentRequestStatus.PREPARED);
	}

	@Test
	void madde17_5_aTerminatedProgrammesDraftCannotBeSubmitted() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest draft = this.fixtures.completeDraft(c, 1);
		assertThat(this.payments.view(c.applicant(), draft.getId()).submittable()).isTrue();
		MonitoringCase found = this.monitoring.open(c.applicationId()).orElseThrow();

		this.terminations.terminate(found.getId(), new TerminationRecord(TerminationCause.CLOSURE, null,
				"KK-STOP-" + found.getId(), PaymentFixtures.today(), null, null));

		assertThatThrownBy(() -> this.payments.submit(c.applicant(), draft.getId(), this.fixtures.version(c, draft)))
			.isInstanceOfSatisfying(PaymentRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("payment.stopped.terminated"));
		this.mvc.perform(get("/kosgeb/application/payments/requests/" + draft.getId()).with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("program kurul kararıyla sonlandırıldı (MADDE 17(5))")))
			.andExpect(content().string(not(containsString("id=\"submit-request\""))));
	}

	/**
	 * MADDE 17(2) as the monitoring job runs it: the report window opens and passes, the
	 * notice's 15 days pass, and the programme is marked unsuccessful.
	 */
	private void markUnsuccessfulByTheMonitoring(Long applicationId) {
		MonitoringCase found = this.monitoring.open(applicationId).orElseThrow();
		Instant past = Instant.now().minus(Duration.ofMinutes(1));
		// test-only: the report window of a programme that started 10 months ago
		this.jdbc.sql("update monitoring_case set report_window_opens = ?, report_due_at = ? where id = ?")
			.params(LocalDate.now(tr.destek.platform.DestekTime.ZONE).minusMonths(3), Timestamp.from(past),
					found.getId())
			.update();
		assertThat(this.monitoring.openReportWindow(found.getId())).isTrue();
		assertThat(this.monitoring.giveNotice(found.getId())).isTrue();
		this.jdbc.sql("update monitoring_case set extra_due_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), found.getId())
			.update();
		assertThat(this.monitoring.markUnsuccessful(found.getId())).isTrue();
		assertThat(this.monitoring.paymentsStopped(applicationId)).isTrue();
	}

}
