package tr.destek.credit;

import java.math.BigDecimal;

/**
 * The limits a KOSGEB investment loan must respect. MADDE 6(2): 1.000.000 TL – 20.000.000
 * TL per enterprise, term at most 36 months; MADDE 6(6): installments every 3 months, up
 * to 6 months of grace within the term.
 */
public record LoanLimits(BigDecimal minAmount, BigDecimal maxAmount, int maxTermMonths, int maxGraceMonths) {

	/** Installments are paid in 3-month periods. MADDE 6(6). */
	public static final int QUARTER_MONTHS = 3;

	/** The values of MADDE 6(2) and 6(6) (UE-34.00/03, in force 03/05/2024). */
	public static final LoanLimits REGULATION = new LoanLimits(new BigDecimal("1000000.00"),
			new BigDecimal("20000000.00"), 36, 6);

}
