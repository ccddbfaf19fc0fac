package tr.destek.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One quarter of the subsidy schedule: its due date, the interest at the support rate
 * (which is the subsidy for the quarter), the principal repaid and the balance left after
 * it.
 */
public record SubsidyQuarter(int number, LocalDate dueDate, BigDecimal interest, BigDecimal principal,
		BigDecimal balance) {

	/** What the schedule pays in the quarter: interest plus principal. */
	public BigDecimal payment() {
		return this.interest.add(this.principal);
	}

	/** A grace quarter repays no principal. MADDE 6(6). */
	public boolean grace() {
		return this.principal.signum() == 0;
	}

}
