package tr.destek.enterprise;

/** VKN for legal persons, TCKN for real persons (sole proprietors). */
public enum TaxNumberType {

	VKN, TCKN

}
