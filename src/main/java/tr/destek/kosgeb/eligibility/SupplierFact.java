package tr.destek.kosgeb.eligibility;

/**
 * The supplier of a requested expense item (MADDE 18(9)).
 *
 * @param name the supplier's name
 * @param taxNumber its VKN or TCKN
 * @param item the description of the expense item bought from it
 */
public record SupplierFact(String name, String taxNumber, String item) {
}
