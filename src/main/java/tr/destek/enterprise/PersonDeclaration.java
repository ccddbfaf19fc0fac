package tr.destek.enterprise;

import java.math.BigDecimal;

/**
 * A person the enterprise declares: owner, partner, employee or a relative of one of them
 * (with the TCKN of the person they are related to).
 */
public record PersonDeclaration(String tckn, String fullName, PersonRelation relation, BigDecimal sharePercent,
		String relatedTaxNumber) {

}
