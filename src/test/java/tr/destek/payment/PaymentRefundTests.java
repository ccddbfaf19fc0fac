package tr.destek.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.monitoring.ExcusingCause;
import tr.destek.monitoring.MonitoringCase;
import tr.destek.monitoring.MonitoringService;
import tr.destek.monitoring.RefundLine;
import tr.destek.monitoring.RefundStatement;
import tr.destek.monitoring.TerminationCause;
import tr.destek.monitoring.TerminationRecord;
import tr.destek.monitoring.TerminationService;
import tr.destek.platform.MoneyFormat;
import tr.destek.support.IntegrationTest;
import tr.destek.support.OwnerJdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The refund of a terminated programme from the payments ledger (MADDE 17(6), 18(6)): the
 * support paid (to the enterprise and, on its behalf, to the tax office / SGK) with legal
 * interest from each payment date to the board's decision date; nothing when the board
 * accepted force majeure or a similar cause.
 */
@IntegrationTest
class PaymentRefundTests {

	/** Bolu: no other test uses it. */
	static final int PROVINCE = 14;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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
	OwnerJdbc owner;

	@Autowired
	MockMvc mvc;

	PaymentFixtures fixtures;

	DestekUser secretariat;

	@BeforeEach
	void setUp() {
		this.fixtures = new PaymentFixtures(this.context);
		this.secretariat = this.fixtures.control
			.principal(this.fixtures.control.staff(Role.BOARD_SECRETARIAT, PROVINCE));
	}

	@Test
	void madde17_6_madde18_6_theRefundIsTheLedgersPaidSupportWithLegalInterestFromEachPaymentDate() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		// quarter 1: the server fails the inspection (its share withheld) and 10.000,00
		// TL
		// goes to the tax office (MADDE 15(4),(7)); quarter 2 is paid in full
		PaymentRequest first = this.fixtures.prepared(c, 1, true, "0", "10000.00", "0");
		Payment paidFirst = this.payments.approve(c.manager(), first.getId(), first.getVersion());
		PaymentRequest second = this.fixtures.prepared(c, 2, false, "0", "0", "0");
		Payment paidSecond = this.payments.approve(c.manager(), second.getId(), second.getVersion());
		LocalDate today = PaymentFixtures.today();
		LocalDate firstDay = today.minusDays(120);
		LocalDate secondDay = today.minusDays(30);
		LocalDate decisionDay = today.minusDays(1);
		approvedOn(paidFirst, firstDay);
		approvedOn(paidSecond, secondDay);

		assertThat(this.queries.paidFor(c.applicationId())).satisfiesExactly(p -> {
			assertThat(p.paidOn()).isEqualTo(firstDay);
			assertThat(p.paidOnBehalf()).isEqualByComparingTo("10000.00");
			assertThat(p.total()).isEqualByComparingTo(paidFirst.getPayable());
			assertThat(p.total()).isLessThan(paidFirst.getQuarterSubsidy());
		}, p -> assertThat(p.total()).isEqualByComparingTo(paidSecond.getPayable()));

		MonitoringCase found = this.monitoring.open(c.applicationId()).orElseThrow();
		this.terminations.terminate(found.getId(), new TerminationRecord(TerminationCause.LIQUIDATION, null,
				"KK-IADE-" + found.getId(), decisionDay, null, null));

		// legal interest 24 % a year (since 01/06/2024), days after the payment up to the
		// decision date, 365-day year, HALF_UP to kuruş
		BigDecimal firstInterest = interest(paidFirst.getPayable(), firstDay, decisionDay);
		BigDecimal secondInterest = interest(paidSecond.getPayable(), secondDay, decisionDay);
		BigDecimal principal = paidFirst.getPayable().add(paidSecond.getPayable());
		BigDecimal total = principal.add(firstInterest).add(secondInterest);
		RefundStatement statement = this.terminations.refundStatement(found.getId()).orElseThrow();
		assertThat(statement.waived()).isFalse();
		assertThat(statement.refundDate()).isEqualTo(decisionDay);
		assertThat(statement.lines()).extracting(RefundLine::paymentDate).containsExactly(firstDay, secondDay);
		assertThat(statement.lines().get(0).periods()).singleElement().satisfies(p -> {
			assertThat(p.days()).isEqualTo(119);
			assertThat(p.annualPercent()).isEqualByComparingTo("24");
		});
		assertThat(statement.principal()).isEqualByComparingTo(principal);
		assertThat(statement.interest()).isEqualByComparingTo(firstInterest.add(secondInterest));
		assertThat(statement.total()).isEqualByComparingTo(total);

		this.mvc.perform(get("/board/secretariat/terminations/" + found.getId()).with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("İade hesabı (" + decisionDay.format(DAY))))
			.andExpect(content()
				.string(containsString(firstDay.plusDays(1).format(DAY) + " – " + decisionDay.format(DAY))))
			.andExpect(content().string(containsString(tl(firstInterest))))
			.andExpect(content().string(containsString(tl(total))));
		DestekUser applicant = c.applicant();
		this.mvc.perform(get("/kosgeb/application/monitoring").with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("KK-IADE-" + found.getId())))
			.andExpect(content().string(containsString("İade edilecek toplam")))
			.andExpect(content().string(containsString(tl(total))));
	}

	@Test
	void madde17_6_nothingIsReclaimedWhenTheBoardAcceptedForceMajeure() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest first = this.fixtures.prepared(c, 1, false, "0", "0", "0");
		Payment paid = this.payments.approve(c.manager(), first.getId(), first.getVersion());
		MonitoringCase found = this.monitoring.open(c.applicationId()).orElseThrow();

		this.terminations.terminate(found.getId(), new TerminationRecord(TerminationCause.CLOSURE, null,
				"KK-YANGIN-" + found.getId(), PaymentFixtures.today(), ExcusingCause.FIRE, null));

		RefundStatement statement = this.terminations.refundStatement(found.getId()).orElseThrow();
		assertThat(statement.waived()).isTrue();
		assertThat(statement.total()).isEqualByComparingTo("0");
		this.mvc.perform(get("/kosgeb/application/monitoring").with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("İade istenmez: kurul mücbir sebep")))
			.andExpect(content().string(not(containsString("İade edilecek toplam"))));
		this.mvc.perform(get("/board/secretariat/terminations/" + found.getId()).with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("İade istenmez: kurul mücbir sebep")))
			.andExpect(content().string(not(containsString(tl(paid.getPayable())))));
	}

	@Test
	void aProgrammeThatIsNotTerminatedHasNoRefundStatement() {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		MonitoringCase found = this.monitoring.open(c.applicationId()).orElseThrow();
		assertThat(this.terminations.refundStatement(found.getId())).isEmpty();
	}

	private static String tl(BigDecimal amount) {
		return MoneyFormat.format(amount, Locale.forLanguageTag("tr"));
	}

	private static BigDecimal interest(BigDecimal amount, LocalDate paidOn, LocalDate until) {
		return amount.multiply(new BigDecimal("24"))
			.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(paidOn, until)))
			.divide(new BigDecimal("36500"), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Test-only: moves an approved payment's date back. The ledger refuses updates (a
	 * trigger) and the application's role may not update it at all, so the owner role
	 * skips the trigger for this one transaction only.
	 */
	private void approvedOn(Payment payment, LocalDate day) {
		this.owner.updateSkippingTrigger("payment", "payment_no_update_or_delete",
				"update payment set approved_on = ? where id = ?", day, payment.getId());
	}

}
