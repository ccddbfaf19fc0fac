package tr.destek.monitoring;

/**
 * The causes the board may accept, without intent or gross fault of the enterprise, as
 * the reason for the termination, so that no refund of the interest support is asked
 * (MADDE 17(6); force majeure in MADDE 18(1)).
 */
public enum ExcusingCause {

	/** ölüm */
	DEATH,
	/** ağır kaza */
	SERIOUS_ACCIDENT,
	/** ağır hastalık */
	SERIOUS_ILLNESS,
	/** tutukluluk */
	DETENTION,
	/** yangın */
	FIRE,
	/** deprem */
	EARTHQUAKE,
	/** su basması */
	FLOOD,
	/** hırsızlık */
	THEFT,
	/** finansal yetersizlik */
	FINANCIAL_INADEQUACY,
	/**
	 * programın başarılı sonuçlanma ihtimalinin ortadan kalktığına ilişkin değerlendirme
	 */
	NO_PROSPECT_OF_SUCCESS,
	/** kurul tarafından uygun bulunan buna benzer gerekçeler (stated in a note) */
	OTHER_SIMILAR;

	public String messageKey() {
		return "monitoring.termination.excusing." + name();
	}

}
