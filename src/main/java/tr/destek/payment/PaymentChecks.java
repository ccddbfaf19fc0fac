package tr.destek.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tr.destek.calendar.Deadline;
import tr.destek.payment.PaymentCheck.Outcome;

/**
 * The checks of MADDE 15 on a payment request, as pure functions of the facts: each
 * returns its outcome with the article and an explanation. A request can be submitted
 * only when no applicant-side check fails; the oluru can be approved only when none fails
 * and the staff have recorded the KOSGEB debt (MADDE 15(19)).
 */
public final class PaymentChecks {

	private PaymentChecks() {
	}

	/** An invoice as the checks see it. */
	public record InvoiceFact(String number, LocalDate date) {
	}

	/**
	 * The facts of one request.
	 *
	 * @param programmeStart registry date of the first board decision to support the
	 * application (MADDE 6(5)); {@code null} when there is none
	 * @param programmeEnd last day of the programme period
	 * @param invoices the invoices entered
	 * @param requestDeadline 4 months after the last maturity, counted by the calendar
	 * (MADDE 15(18))
	 * @param lastMaturity the loan's last maturity
	 * @param requestedAt when the request is made (submitted, or now for a draft)
	 * @param dueDate the installment's due date
	 * @param today the day of the check (Europe/Istanbul)
	 * @param paidOn the day the applicant paid the installment
	 * @param paymentProof whether the payment proof is uploaded
	 * @param reportUploaded whether the current İşletme Değerlendirme Raporu is uploaded
	 * @param kosgebOverdueDebt the overdue debt to KOSGEB recorded by staff, {@code null}
	 * while not recorded
	 */
	public record Facts(LocalDate programmeStart, LocalDate programmeEnd, List<InvoiceFact> invoices,
			Deadline requestDeadline, LocalDate lastMaturity, Instant requestedAt, LocalDate dueDate, LocalDate today,
			LocalDate paidOn, boolean paymentProof, boolean reportUploaded, BigDecimal kosgebOverdueDebt) {
	}

	/** The applicant-side checks (everything but the KOSGEB debt). */
	public static List<PaymentCheck> applicantChecks(Facts facts) {
		List<PaymentCheck> checks = new ArrayList<>();
		checks.add(invoiceDates(facts));
		checks.add(requestDeadline(facts));
		checks.add(installmentPaid(facts));
		checks.add(report(facts));
		return checks;
	}

	/** All checks, including the staff-recorded KOSGEB debt. */
	public static List<PaymentCheck> allChecks(Facts facts) {
		List<PaymentCheck> checks = applicantChecks(facts);
		checks.add(kosgebDebt(facts.kosgebOverdueDebt()));
		return checks;
	}

	/**
	 * MADDE 15(1),(17): at least one invoice (the purchase is made); each invoice dated
	 * after the registry date of the first board decision and not after the end of the
	 * programme period.
	 */
	static PaymentCheck invoiceDates(Facts facts) {
		String article = "MADDE 15(17)";
		if (facts.programmeStart() == null) {
			return PaymentCheck.of("no-programme", article, Outcome.FAIL);
		}
		if (facts.invoices().isEmpty()) {
			return PaymentCheck.of("invoices-missing", "MADDE 15(1)", Outcome.FAIL);
		}
		for (InvoiceFact invoice : facts.invoices()) {
			if (!invoice.date().isAfter(facts.programmeStart())) {
				return PaymentCheck.of("invoice-before-start", article, Outcome.FAIL, invoice.number(), invoice.date(),
						facts.programmeStart());
			}
			if (invoice.date().isAfter(facts.programmeEnd())) {
				return PaymentCheck.of("invoice-after-end", article, Outcome.FAIL, invoice.number(), invoice.date(),
						facts.programmeEnd());
			}
		}
		return PaymentCheck.of("invoice-dates", article, Outcome.PASS, facts.programmeStart(), facts.programmeEnd());
	}

	/** MADDE 15(18): the request at the latest 4 months after the last maturity. */
	static PaymentCheck requestDeadline(Facts facts) {
		Deadline deadline = facts.requestDeadline();
		Outcome outcome = deadline.isOverAt(facts.requestedAt()) ? Outcome.FAIL : Outcome.PASS;
		return PaymentCheck.of("request-deadline", "MADDE 15(18)", outcome, facts.lastMaturity(), deadline.endDate());
	}

	/**
	 * MADDE 15(1): the installment of the period is due and paid, with the payment proof.
	 */
	static PaymentCheck installmentPaid(Facts facts) {
		String article = "MADDE 15(1)";
		if (facts.dueDate().isAfter(facts.today())) {
			return PaymentCheck.of("installment-not-due", article, Outcome.FAIL, facts.dueDate());
		}
		if (facts.paidOn() == null || facts.paidOn().isAfter(facts.today()) || !facts.paymentProof()) {
			return PaymentCheck.of("installment-unproven", article, Outcome.FAIL, facts.dueDate());
		}
		return PaymentCheck.of("installment-paid", article, Outcome.PASS, facts.dueDate(), facts.paidOn());
	}

	/** MADDE 15(2): the current İşletme Değerlendirme Raporu is uploaded first. */
	static PaymentCheck report(Facts facts) {
		return PaymentCheck.of("report", "MADDE 15(2)", facts.reportUploaded() ? Outcome.PASS : Outcome.FAIL);
	}

	/** MADDE 15(19): no overdue debt to KOSGEB, recorded by staff during the review. */
	static PaymentCheck kosgebDebt(BigDecimal overdue) {
		if (overdue == null) {
			return PaymentCheck.of("kosgeb-debt", "MADDE 15(19)", Outcome.PENDING);
		}
		return PaymentCheck.of("kosgeb-debt", "MADDE 15(19)", overdue.signum() > 0 ? Outcome.FAIL : Outcome.PASS,
				overdue);
	}

}
