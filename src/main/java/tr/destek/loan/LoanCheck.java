package tr.destek.loan;

import java.math.BigDecimal;
import java.util.List;

import tr.destek.document.DocumentRef;

/**
 * What the unit sees when it checks an allocation (MADDE 14(3)(c)): the loan, the
 * accepted application, what the application's other loans already take of the support
 * base, the documents and whether the allocation keeps within the support base and each
 * item's accepted amount.
 */
public record LoanCheck(Loan loan, String bankName, AcceptedApplication application, BigDecimal otherLoans,
		BigDecimal remainingBase, boolean withinSupportBase, List<ItemCheck> items, List<DocumentRef> documents) {

	/** One financed item against the amount the board accepted for it. */
	public record ItemCheck(LoanItem item, BigDecimal accepted, BigDecimal financedElsewhere, boolean withinAccepted) {
	}

	/** Whether every check passes, so the unit may approve. */
	public boolean passes() {
		return this.withinSupportBase && this.items.stream().allMatch(ItemCheck::withinAccepted)
				&& !this.documents.isEmpty();
	}

}
