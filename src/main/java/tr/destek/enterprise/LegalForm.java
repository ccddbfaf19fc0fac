package tr.destek.enterprise;

/**
 * The legal form of the enterprise (Türk Ticaret Kanunu company types, and the sole
 * proprietor). Only a sole proprietor (şahıs işletmesi, a real person) may be registered
 * with a TCKN; companies have a VKN.
 */
public enum LegalForm {

	/** şahıs işletmesi */
	SOLE_PROPRIETOR,
	/** limited şirket */
	LIMITED,
	/** anonim şirket */
	JOINT_STOCK,
	/** kooperatif */
	COOPERATIVE,
	/** kolektif şirket */
	COLLECTIVE,
	/** komandit şirket */
	LIMITED_PARTNERSHIP,
	/** sermayesi paylara bölünmüş komandit şirket */
	PARTNERSHIP_LIMITED_BY_SHARES;

	public String messageKey() {
		return "enterprise.legalForm." + name();
	}

	/** Whether an enterprise of this form may use {@code type} as its tax number. */
	public boolean accepts(TaxNumberType type) {
		return type == TaxNumberType.VKN || this == SOLE_PROPRIETOR;
	}

}
