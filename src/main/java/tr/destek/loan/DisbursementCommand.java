package tr.destek.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a bank enters when it disburses the loan (kullandırım, MADDE 14(3)(d)): amount in
 * TL (MADDE 15(13)), date, term and grace in months (MADDE 6(2), 6(6)) and the bank's own
 * annual interest rate in % (recorded; the subsidy uses the support points, MADDE 15(4)).
 */
public record DisbursementCommand(BigDecimal amount, String currency, LocalDate disbursementDate, Integer termMonths,
		Integer graceMonths, BigDecimal annualRate) {
}
