package tr.destek.kosgeb;

/** The parts of an application a correction can open for the applicant (MADDE 9(3)). */
public enum ApplicationPart {

	REPORT, EXPENSE_ITEMS, DOCUMENTS, BANK;

	public String messageKey() {
		return "kosgeb.part." + name();
	}

}
