package tr.destek.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the subsidy of a loan is computed from: loan amount {@code P} (TL), disbursement
 * date, term {@code n} and grace {@code g} in months and the support points {@code s}.
 * Recorded next to every result so that a decision can be re-explained later.
 */
public record LoanTerms(BigDecimal loanAmount, LocalDate disbursementDate, int termMonths, int graceMonths,
		SupportPoints supportPoints) {

	/** Grace quarters {@code G = g / 3}: interest only, no principal. */
	public int graceQuarters() {
		return this.graceMonths / LoanLimits.QUARTER_MONTHS;
	}

	/** Repayment quarters {@code m = (n − g) / 3}. */
	public int repaymentQuarters() {
		return (this.termMonths - this.graceMonths) / LoanLimits.QUARTER_MONTHS;
	}

	/** All quarters of the term, {@code n / 3}. */
	public int quarters() {
		return this.termMonths / LoanLimits.QUARTER_MONTHS;
	}

}
