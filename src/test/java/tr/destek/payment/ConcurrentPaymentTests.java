package tr.destek.payment;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tr.destek.support.IntegrationTest;
import tr.destek.support.Race;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 9, "must build" 2: the payment rules that happen once, raced from two threads
 * released at the same instant — one Ödeme Talep Formu per installment period of a loan
 * (MADDE 15(8)) and one payment per approved Ödeme Oluru (MADDE 15(5)): exactly one
 * effect, the other answer says why, never a 500.
 */
@IntegrationTest
class ConcurrentPaymentTests {

	/** Kayseri: assigned to the concurrency tests. */
	static final int PROVINCE = 38;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PaymentService payments;

	PaymentFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new PaymentFixtures(this.context);
	}

	long requestsFor(PaymentFixtures.Case c, int quarter) {
		return this.jdbc.sql("select count(*) from payment_request where loan_id = ? and quarter_number = ?")
			.params(c.loan().loanId(), quarter)
			.query(Long.class)
			.single();
	}

	long paymentsFor(Long requestId) {
		return this.jdbc.sql("select count(*) from payment where request_id = ?")
			.param(requestId)
			.query(Long.class)
			.single();
	}

	@Test
	void madde15_8_twoRequestsForTheSameQuarterAtTheSameInstantOpenOne() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);

		List<Race.Outcome<PaymentRequest>> outcomes = Race
			.twice(() -> this.payments.open(c.applicant(), c.loan().loanId(), 1, c.loan().schedule().get(0).dueDate()));

		assertThat(Race.winners(outcomes)).hasSize(1);
		assertThat(Race.losers(outcomes)).singleElement().isInstanceOfSatisfying(PaymentRuleException.class, e -> {
			assertThat(e.getMessageKey()).isEqualTo("payment.request.duplicate");
			assertThat(e.getField()).isEqualTo("quarter");
		});
		assertThat(requestsFor(c, 1)).isEqualTo(1);

		// the same on the page: one opens the form, the other sees the rule at the field
		List<Race.Outcome<MvcResult>> pages = Race.twice(
				() -> this.mvc
					.perform(post("/kosgeb/application/payments/requests").with(user(c.applicant()))
						.with(csrf())
						.param("loanId", String.valueOf(c.loan().loanId()))
						.param("quarter", "2")
						.param("paidOn", c.loan().schedule().get(1).dueDate().toString()))
					.andReturn());

		assertThat(Race.losers(pages)).as("no exception escapes the web layer").isEmpty();
		List<MvcResult> answers = pages.stream().map(Race.Outcome::value).toList();
		assertThat(answers).extracting(r -> r.getResponse().getStatus()).containsExactlyInAnyOrder(302, 200);
		assertThat(answers).filteredOn(r -> r.getResponse().getStatus() == 200)
			.singleElement()
			.satisfies(r -> assertThat(r.getResponse().getContentAsString()).contains("MADDE 15(8)"));
		assertThat(requestsFor(c, 2)).isEqualTo(1);
	}

	@Test
	void madde15_5_theOluruApprovedTwiceAtTheSameInstantPaysOnce() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.prepared(c, 1, false, "0", "0", "0");

		List<Race.Outcome<Payment>> outcomes = Race
			.twice(() -> this.payments.approve(c.manager(), request.getId(), request.getVersion()));

		assertThat(Race.winners(outcomes)).hasSize(1);
		assertThat(Race.losers(outcomes)).singleElement()
			.satisfies(f -> assertThat(f).isInstanceOfAny(PaymentRuleException.class,
					OptimisticLockingFailureException.class));
		assertThat(paymentsFor(request.getId())).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'PAYMENT_REQUEST_APPROVED' and entity_id = ?")
			.param(String.valueOf(request.getId()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void madde15_5_theUnitManagerApprovingTwiceOnThePageGetsOnePaymentAndOneMessage() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.prepared(c, 1, false, "0", "0", "0");

		List<Race.Outcome<MvcResult>> outcomes = Race.twice(() -> this.mvc
			.perform(post("/kosgeb/control/payments/requests/" + request.getId() + "/approve").with(user(c.manager()))
				.with(csrf())
				.param("version", String.valueOf(request.getVersion())))
			.andReturn());

		assertThat(Race.losers(outcomes)).as("no exception escapes the web layer").isEmpty();
		List<MvcResult> answers = outcomes.stream().map(Race.Outcome::value).toList();
		assertThat(answers).allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
		assertThat(answers).filteredOn(r -> r.getFlashMap().containsKey("flashSuccessKey")).hasSize(1);
		assertThat(answers)
			.filteredOn(r -> r.getFlashMap().containsKey("flashErrorKey") || r.getFlashMap().containsKey("flashError"))
			.hasSize(1);
		assertThat(paymentsFor(request.getId())).isEqualTo(1);
	}

	@Test
	void madde15_1_theRequestSubmittedTwiceAtTheSameInstantIsRegisteredOnce() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest draft = this.fixtures.completeDraft(c, 1);

		List<Race.Outcome<MvcResult>> outcomes = Race.twice(
				() -> this.mvc
					.perform(post("/kosgeb/application/payments/requests/" + draft.getId() + "/submit")
						.with(user(c.applicant()))
						.with(csrf())
						.param("version", String.valueOf(draft.getVersion())))
					.andReturn());

		assertThat(Race.losers(outcomes)).as("no exception escapes the web layer").isEmpty();
		List<MvcResult> answers = outcomes.stream().map(Race.Outcome::value).toList();
		assertThat(answers).allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
		assertThat(answers).filteredOn(r -> r.getFlashMap().containsKey("flashSuccessKey")).hasSize(1);
		assertThat(answers)
			.filteredOn(r -> r.getFlashMap().containsKey("flashErrorKey") || r.getFlashMap().containsKey("flashError"))
			.hasSize(1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'PAYMENT_REQUEST_SUBMITTED' and entity_id = ?")
			.param(String.valueOf(draft.getId()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
