package tr.destek.kosgeb;

import java.math.BigDecimal;

/** The applicant's input for one expense item. */
public record ExpenseItemData(ExpenseKind kind, String description, int quantity, BigDecimal unitPrice,
		String supplierName, String supplierTaxNumber, String reportRecommendation, boolean confirmedNew) {
}
