package tr.destek.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the enterprise's declared persons (KOSGEB UE MADDE 18(9),(10)), applied to
 * the enterprise's own list: a TCKN once per relation, a relative declared only through
 * an owner, partner or employee already declared, and removed with them.
 */
final class DeclaredPersons {

	private final Enterprise enterprise;

	private final List<EnterprisePerson> persons;

	DeclaredPersons(Enterprise enterprise, List<EnterprisePerson> persons) {
		this.enterprise = enterprise;
		this.persons = persons;
	}

	/**
	 * Declares a person: a TCKN, once per relation; a relative names the TCKN of the
	 * declared owner, partner or employee they are related to (spouse, mother, father,
	 * sibling or child).
	 */
	EnterprisePerson declare(PersonDeclaration declaration) {
		TaxNumber tckn = TaxNumber.tckn(declaration.tckn());
		String name = (declaration.fullName() == null) ? "" : declaration.fullName().trim();
		if (name.isEmpty()) {
			throw new InvalidEnterpriseChangeException("fullName", "enterprise.required");
		}
		BigDecimal share = declaration.sharePercent();
		if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new InvalidEnterpriseChangeException("sharePercent", "enterprise.percent.range");
		}
		TaxNumber related = null;
		if (declaration.relation() == PersonRelation.RELATIVE) {
			related = declaredRelatedPerson(declaration.relatedTaxNumber());
		}
		boolean duplicate = this.persons.stream()
			.anyMatch(p -> p.getTckn().equals(tckn.value()) && p.getRelation() == declaration.relation());
		if (duplicate) {
			throw new InvalidEnterpriseChangeException("tckn", "enterprise.person.duplicate");
		}
		EnterprisePerson person = new EnterprisePerson(this.enterprise, tckn, name, declaration.relation(), share,
				related);
		this.persons.add(person);
		return person;
	}

	/** MADDE 18(10): a relative is related to a declared owner, partner or employee. */
	private TaxNumber declaredRelatedPerson(String relatedTaxNumber) {
		if (relatedTaxNumber == null || relatedTaxNumber.isBlank()) {
			throw new InvalidEnterpriseChangeException("relatedTaxNumber", "enterprise.person.related.required");
		}
		TaxNumber related = TaxNumber.tckn(relatedTaxNumber);
		boolean declared = this.persons.stream()
			.anyMatch(p -> p.getRelation() != PersonRelation.RELATIVE && p.getTckn().equals(related.value()));
		if (!declared) {
			throw new InvalidEnterpriseChangeException("relatedTaxNumber", "enterprise.person.related.unknown");
		}
		return related;
	}

	/**
	 * Removes a declared person; the relatives declared through them go too, unless the
	 * same TCKN is still declared in another relation.
	 * @return the persons removed
	 */
	List<EnterprisePerson> remove(Long personId) {
		EnterprisePerson person = this.persons.stream()
			.filter(p -> p.getId().equals(personId))
			.findFirst()
			.orElseThrow(() -> new InvalidEnterpriseChangeException("person", "enterprise.person.unknown"));
		List<EnterprisePerson> removed = new ArrayList<>();
		removed.add(person);
		if (person.getRelation() != PersonRelation.RELATIVE) {
			boolean stillDeclared = this.persons.stream()
				.anyMatch(p -> p != person && p.getRelation() != PersonRelation.RELATIVE
						&& p.getTckn().equals(person.getTckn()));
			if (!stillDeclared) {
				this.persons.stream()
					.filter(p -> p.getRelation() == PersonRelation.RELATIVE
							&& person.getTckn().equals(p.getRelatedTaxNumber()))
					.forEach(removed::add);
			}
		}
		this.persons.removeAll(removed);
		return removed;
	}

}
