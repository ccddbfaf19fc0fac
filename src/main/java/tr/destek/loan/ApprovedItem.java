package tr.destek.loan;

import java.math.BigDecimal;

/**
 * An expense item the board approved (MADDE 12(9)): what was requested, what the board
 * accepted (the most any loan may finance of it) and what loans already finance.
 */
public record ApprovedItem(Long expenseItemId, int position, String description, BigDecimal requested,
		BigDecimal accepted, BigDecimal financed, String financingBankCode) {
}
