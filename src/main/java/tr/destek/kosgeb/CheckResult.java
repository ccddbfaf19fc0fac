package tr.destek.kosgeb;

/** The answer to one item of the Başvuru Kontrol Tablosu (TAB.34.00.01, MADDE 9(1)). */
public enum CheckResult {

	CONFORMS, DOES_NOT_CONFORM, NOT_APPLICABLE;

	public String messageKey() {
		return "kosgeb-control.result." + name();
	}

}
