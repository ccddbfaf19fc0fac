package tr.destek.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import tr.destek.calendar.Deadline;
import tr.destek.credit.ExpenseItemSubsidySplitter;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.platform.DestekTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The payment maths and checks of MADDE 15 as pure functions. */
class PaymentMathsTests {

	private static final BigDecimal LIMIT = new BigDecimal("5000.00");

	/** KOSGEB's split of a quarter's subsidy, which its port hands to payments. */
	private static final PaymentCalculation.Shares KOSGEB_SPLIT = new ExpenseItemSubsidySplitter()::shares;

	private static BigDecimal tl(String amount) {
		return new BigDecimal(amount);
	}

	@Test
	void madde15_7_debtAtOrBelowTheLimitIsNotOffset() {
		DebtOffset.Result result = DebtOffset.apply(tl("10000.00"), tl("5000.00"), tl("4999.99"), LIMIT);
		assertThat(result.toTaxOffice()).isEqualByComparingTo("0");
		assertThat(result.toSgk()).isEqualByComparingTo("0");
		assertThat(result.toEnterprise()).isEqualByComparingTo("10000.00");
		assertThat(result.offset()).isFalse();
	}

	@Test
	void madde15_7_debtAboveTheLimitIsOffsetInFullFirstAndTheRestGoesToTheEnterprise() {
		DebtOffset.Result result = DebtOffset.apply(tl("10000.00"), tl("5000.01"), tl("2000.00"), LIMIT);
		assertThat(result.toTaxOffice()).isEqualByComparingTo("5000.01");
		assertThat(result.toSgk()).isEqualByComparingTo("0");
		assertThat(result.toEnterprise()).isEqualByComparingTo("4999.99");

		DebtOffset.Result both = DebtOffset.apply(tl("20000.00"), tl("6000.00"), tl("7000.00"), LIMIT);
		assertThat(both.toTaxOffice()).isEqualByComparingTo("6000.00");
		assertThat(both.toSgk()).isEqualByComparingTo("7000.00");
		assertThat(both.toEnterprise()).isEqualByComparingTo("7000.00");
	}

	@Test
	void madde15_7_anOffsetLargerThanThePayableAmountTakesNoMoreThanIsPayable() {
		DebtOffset.Result result = DebtOffset.apply(tl("8000.00"), tl("6000.00"), tl("9000.00"), LIMIT);
		assertThat(result.toTaxOffice()).isEqualByComparingTo("6000.00");
		assertThat(result.toSgk()).isEqualByComparingTo("2000.00");
		assertThat(result.toEnterprise()).isEqualByComparingTo("0");
		assertThat(result.toTaxOffice().add(result.toSgk()).add(result.toEnterprise()))
			.isEqualByComparingTo(result.payable());
	}

	@Test
	void madde15_4_aFailedItemsShareIsWithheldWithItsReasonNotRedistributed() {
		PaymentCalculation.Result result = PaymentCalculation.calculate(tl("30000.00"),
				List.of(new PaymentCalculation.Item(1L, "ERP", tl("2000000.00"), null),
						new PaymentCalculation.Item(2L, "Robot", tl("1000000.00"), "TT-1: eksik sensör")),
				KOSGEB_SPLIT, tl("0"), tl("0"), LIMIT);
		assertThat(result.lines().get(0).paid()).isEqualByComparingTo("20000.00");
		assertThat(result.lines().get(1).share()).isEqualByComparingTo("10000.00");
		assertThat(result.lines().get(1).paid()).isEqualByComparingTo("0");
		assertThat(result.lines().get(1).withheld()).isEqualByComparingTo("10000.00");
		assertThat(result.lines().get(1).withheldReason()).isEqualTo("TT-1: eksik sensör");
		assertThat(result.payable()).isEqualByComparingTo("20000.00");
		assertThat(result.withheld()).isEqualByComparingTo("10000.00");
		assertThat(result.offset().toEnterprise()).isEqualByComparingTo("20000.00");
	}

	@Test
	void madde15_7_theOffsetComesOutOfWhatIsPayableAfterWithheldShares() {
		PaymentCalculation.Result result = PaymentCalculation.calculate(tl("30000.00"),
				List.of(new PaymentCalculation.Item(1L, "ERP", tl("2000000.00"), null),
						new PaymentCalculation.Item(2L, "Robot", tl("1000000.00"), "TT-1")),
				KOSGEB_SPLIT, tl("25000.00"), tl("0"), LIMIT);
		assertThat(result.offset().toTaxOffice()).isEqualByComparingTo("20000.00");
		assertThat(result.offset().toEnterprise()).isEqualByComparingTo("0");
	}

	private static PaymentChecks.Facts facts(List<PaymentChecks.InvoiceFact> invoices, Instant requestedAt,
			BigDecimal kosgebDebt) {
		LocalDate lastMaturity = LocalDate.of(2027, 3, 15);
		LocalDate lastDay = lastMaturity.plusMonths(4);
		Deadline deadline = new Deadline(lastMaturity, 4, PeriodUnit.MONTHS, Delivery.ELECTRONIC, lastDay, lastDay,
				lastDay.atTime(23, 59).atZone(DestekTime.ZONE).toOffsetDateTime(), false, List.of(), List.of(), true);
		return new PaymentChecks.Facts(LocalDate.of(2026, 1, 10), LocalDate.of(2028, 1, 10), invoices, deadline,
				lastMaturity, requestedAt, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 1),
				true, true, kosgebDebt);
	}

	private static PaymentCheck check(List<PaymentCheck> checks, String article) {
		return checks.stream().filter(c -> c.article().equals(article)).findFirst().orElseThrow();
	}

	private static final Instant IN_TIME = Instant.parse("2026-06-05T09:00:00Z");

	@Test
	void madde15_17_invoiceDatedOnOrBeforeTheFirstDecisionsRegistryDateIsRefused() {
		List<PaymentCheck> checks = PaymentChecks.applicantChecks(
				facts(List.of(new PaymentChecks.InvoiceFact("F-1", LocalDate.of(2026, 1, 10))), IN_TIME, null));
		PaymentCheck check = check(checks, "MADDE 15(17)");
		assertThat(check.failed()).isTrue();
		assertThat(check.messageKey()).isEqualTo("payment.check.invoice-before-start.fail");

		assertThat(check(
				PaymentChecks.applicantChecks(
						facts(List.of(new PaymentChecks.InvoiceFact("F-1", LocalDate.of(2026, 1, 11))), IN_TIME, null)),
				"MADDE 15(17)")
			.passed()).isTrue();
	}

	@Test
	void madde15_17_invoiceAfterTheProgrammeEndIsRefused() {
		PaymentCheck check = check(
				PaymentChecks.applicantChecks(
						facts(List.of(new PaymentChecks.InvoiceFact("F-2", LocalDate.of(2028, 1, 11))), IN_TIME, null)),
				"MADDE 15(17)");
		assertThat(check.failed()).isTrue();
		assertThat(check.messageKey()).isEqualTo("payment.check.invoice-after-end.fail");
		assertThat(check(
				PaymentChecks.applicantChecks(
						facts(List.of(new PaymentChecks.InvoiceFact("F-2", LocalDate.of(2028, 1, 10))), IN_TIME, null)),
				"MADDE 15(17)")
			.passed()).isTrue();
	}

	@Test
	void madde15_18_aRequestOneDayAfterTheDeadlineIsRefused() {
		List<PaymentChecks.InvoiceFact> invoices = List
			.of(new PaymentChecks.InvoiceFact("F", LocalDate.of(2026, 2, 1)));
		Instant lastMinute = LocalDate.of(2027, 7, 15).atTime(23, 59).atZone(DestekTime.ZONE).toInstant();
		assertThat(check(PaymentChecks.applicantChecks(facts(invoices, lastMinute, null)), "MADDE 15(18)").passed())
			.isTrue();
		Instant nextDay = LocalDate.of(2027, 7, 16).atStartOfDay(ZoneOffset.UTC).toInstant();
		assertThat(check(PaymentChecks.applicantChecks(facts(invoices, nextDay, null)), "MADDE 15(18)").failed())
			.isTrue();
	}

	@Test
	void madde15_19_anOverdueKosgebDebtFailsTheCheck() {
		List<PaymentChecks.InvoiceFact> invoices = List
			.of(new PaymentChecks.InvoiceFact("F", LocalDate.of(2026, 2, 1)));
		assertThat(check(PaymentChecks.allChecks(facts(invoices, IN_TIME, null)), "MADDE 15(19)").outcome())
			.isEqualTo(PaymentCheck.Outcome.PENDING);
		assertThat(check(PaymentChecks.allChecks(facts(invoices, IN_TIME, tl("0.01"))), "MADDE 15(19)").failed())
			.isTrue();
		assertThat(check(PaymentChecks.allChecks(facts(invoices, IN_TIME, tl("0"))), "MADDE 15(19)").passed()).isTrue();
	}

}
