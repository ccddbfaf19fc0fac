package tr.destek.enterprise;

/**
 * How a declared person is tied to the enterprise; used for the supplier-conflict rule
 * (KOSGEB UE MADDE 18(9)) and board-member conflicts (MADDE 18(10)).
 */
public enum PersonRelation {

	OWNER, PARTNER, EMPLOYEE, RELATIVE;

	public String messageKey() {
		return "enterprise.person.relation." + name();
	}

}
