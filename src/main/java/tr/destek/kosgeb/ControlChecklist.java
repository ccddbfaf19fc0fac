package tr.destek.kosgeb;

import java.util.List;
import java.util.Optional;

/**
 * The items of the Başvuru Kontrol Tablosu (TAB.34.00.01) the responsible staff member
 * works through (MADDE 9(1)): one per eligibility rule of MADDE 5(3) and 7 (the frozen
 * result is shown next to it), one per required document, and the checks of the expense
 * items (MADDE 8(1), 15(9)). Each item's text is {@code kosgeb-control.item.<code>}.
 */
public final class ControlChecklist {

	/** Document category of the maturity assessment report (MADDE 7(4), 8(1)). */
	public static final String MATURITY_REPORT_DOCUMENT = "MATURITY_REPORT";

	/** Document category of the suppliers' offers (proforma invoices) (MADDE 8(1)). */
	public static final String SUPPLIER_OFFER_DOCUMENT = DocumentCategory.SUPPLIER_OFFERS.name();

	private static final List<Item> ITEMS = List.of(Item.rule("registered-active", "MADDE 7(1)"),
			Item.rule("declaration-current", "MADDE 7(2)"), Item.rule("small-or-medium", "MADDE 7(2)"),
			Item.rule("nace-section-c", "MADDE 7(3)"), Item.rule("maturity-report", "MADDE 7(4), GEÇİCİ MADDE 1"),
			Item.rule("consultant-authorisation", "MADDE 7(4)"), Item.rule("excluded-activity", "MADDE 7(5)"),
			Item.rule("financial-health", "MADDE 7(6)"), Item.rule("support-base", "MADDE 7(7), 6(2)"),
			Item.rule("first-use", "MADDE 5(3)"), Item.rule("supplier-conflict", "MADDE 18(9)"),
			Item.document("doc-maturity-report", "MADDE 8(1)", MATURITY_REPORT_DOCUMENT),
			Item.document("doc-supplier-offers", "MADDE 8(1)", SUPPLIER_OFFER_DOCUMENT),
			Item.expense("items-new", "MADDE 8(1)"), Item.expense("items-fit-report", "MADDE 8(1)"),
			Item.expense("amounts-exclude-vat", "MADDE 15(9)"));

	private ControlChecklist() {
	}

	/** Every item in the order of the table. */
	public static List<Item> items() {
		return ITEMS;
	}

	public static Optional<Item> item(String code) {
		return ITEMS.stream().filter(i -> i.code().equals(code)).findFirst();
	}

	/** What an item is checked against. */
	public enum Source {

		/** the frozen result of the eligibility rule with the same id */
		ELIGIBILITY_RULE,
		/** an uploaded document of a category */
		DOCUMENT,
		/** the requested expense items */
		EXPENSE_ITEMS

	}

	/**
	 * One line of the table.
	 *
	 * @param code stable code, stored in {@code kosgeb_control_check.item_code}; for
	 * eligibility items the rule id
	 * @param article the article the item checks
	 * @param source what the item is checked against
	 * @param documentCategory for document items, the category looked for
	 */
	public record Item(String code, String article, Source source, String documentCategory) {

		static Item rule(String ruleId, String article) {
			return new Item(ruleId, article, Source.ELIGIBILITY_RULE, null);
		}

		static Item document(String code, String article, String category) {
			return new Item(code, article, Source.DOCUMENT, category);
		}

		static Item expense(String code, String article) {
			return new Item(code, article, Source.EXPENSE_ITEMS, null);
		}

		public String messageKey() {
			return "kosgeb-control.item." + this.code;
		}

	}

}
