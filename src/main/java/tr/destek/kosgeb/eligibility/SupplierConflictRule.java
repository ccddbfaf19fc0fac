package tr.destek.kosgeb.eligibility;

import java.util.List;
import java.util.stream.Collectors;

/**
 * MADDE 18(9): the beneficiary may not buy goods or services within the support from its
 * owners and partners, their spouse, mother, father, sibling or child, or the firms these
 * own or are partners of; when found, no support is paid. The application is not blocked:
 * a supplier whose tax number is one of the declared persons' TCKNs or their firms' tax
 * numbers is flagged (NEEDS_REVIEW) with the supplier and the item, and staff refuse the
 * purchase.
 */
final class SupplierConflictRule implements EligibilityRule {

	static final String ID = "supplier-conflict";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String article() {
		return "MADDE 18(9)";
	}

	@Override
	public RuleResult evaluate(EligibilityFacts facts, EligibilityParameters parameters) {
		if (facts.suppliers().isEmpty()) {
			return pass("supplier.pass.none");
		}
		List<SupplierFact> related = facts.suppliers()
			.stream()
			.filter((supplier) -> facts.relatedTaxNumbers().contains(EligibilityRule.text(supplier.taxNumber())))
			.toList();
		if (related.isEmpty()) {
			return pass("supplier.pass", facts.suppliers().size());
		}
		String flagged = related.stream()
			.map((supplier) -> EligibilityRule.text(supplier.name()) + " (" + EligibilityRule.text(supplier.taxNumber())
					+ "): " + EligibilityRule.text(supplier.item()))
			.collect(Collectors.joining("; "));
		return review("supplier.review", "supplier.remedy", flagged, related.size());
	}

}
