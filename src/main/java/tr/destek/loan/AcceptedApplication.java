package tr.destek.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An application the board accepted, as the bank and the unit see it for a loan (MADDE
 * 14(2),(3)): the enterprise, the registered decision, the support base (the loan
 * ceiling) and the programme period in which the loan must be disbursed (MADDE 6(5)).
 */
public record AcceptedApplication(Long applicationId, String reference, Long enterpriseId, String enterpriseTitle,
		String enterpriseTaxNumber, Short provinceCode, String preferredBankCode, String registryNumber,
		LocalDate registryDate, BigDecimal supportBase, LocalDate programmeStart, LocalDate programmeEnd,
		List<ApprovedItem> items) {

	public AcceptedApplication {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	public ApprovedItem item(Long expenseItemId) {
		return this.items.stream().filter(i -> i.expenseItemId().equals(expenseItemId)).findFirst().orElse(null);
	}

}
