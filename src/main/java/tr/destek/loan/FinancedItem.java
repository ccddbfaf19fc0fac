package tr.destek.loan;

import java.math.BigDecimal;

/**
 * An approved expense item financed by the loan, with the part of the loan financing it.
 */
public record FinancedItem(Long expenseItemId, String description, BigDecimal amount) {
}
