package tr.destek.appeal;

/** Where an appeal (İtiraz, MADDE 13) stands. */
public enum AppealStatus {

	/** the İtiraz Formu was sent; the unit prepares its opinion (MADDE 13(1),(2)) */
	SUBMITTED,
	/** forwarded by the unit with its opinion (MADDE 13(2)) */
	FORWARDED,
	/** on an agenda sent to the appeal commission (MADDE 13(6)) */
	ON_AGENDA,
	/** accepted: the board evaluates again (MADDE 13(10)(a)) */
	ACCEPTED,
	/** rejected: final (MADDE 13(10)(b)) */
	REJECTED;

	public String messageKey() {
		return "appeal.status." + name();
	}

}
