package tr.destek.payment;

/**
 * An item the deciding body approved with an accepted amount, as the programme hands it
 * over: every one is inspected in a Tespit Tutanağı (MADDE 15(3)).
 */
public record ApprovedItem(Long expenseItemId, String description) {
}
