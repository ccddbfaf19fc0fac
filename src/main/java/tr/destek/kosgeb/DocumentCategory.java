package tr.destek.kosgeb;

/**
 * What an uploaded document of an application is. The maturity report (MADDE 7(4), 8(1))
 * and the suppliers' proforma invoices or offers for the requested items (MADDE 8(1),
 * 10(2): the board judges the items' necessity and cost) are required before submission.
 */
public enum DocumentCategory {

	MATURITY_REPORT(true), SUPPLIER_OFFERS(true), OTHER(false);

	private final boolean required;

	DocumentCategory(boolean required) {
		this.required = required;
	}

	public boolean isRequired() {
		return this.required;
	}

	public String messageKey() {
		return "kosgeb.document.category." + name();
	}

}
