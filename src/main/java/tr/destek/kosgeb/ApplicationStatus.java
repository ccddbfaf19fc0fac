package tr.destek.kosgeb;

/** Where an application stands (spec "Lifecycle"; MADDE 8, 9, 16). */
public enum ApplicationStatus {

	/** being filled in by the applicant */
	DRAFT,
	/**
	 * approved by the applicant with the written commitment (MADDE 8(1), 16(1)), awaiting
	 * assignment
	 */
	SUBMITTED,
	/**
	 * the responsible staff member checks it against the Başvuru Kontrol Tablosu (MADDE
	 * 9(1))
	 */
	IN_CONTROL,
	/** the staff member's proposal awaits the unit manager's approval (MADDE 9(2)) */
	CONTROL_APPROVAL,
	/** open for correction: the applicant has 7 days (MADDE 9(3)) */
	CORRECTION_REQUESTED,
	/** controlled and found suitable: goes before the board (MADDE 10(1)) */
	READY_FOR_BOARD,
	/**
	 * rejected in control, or deemed rejected after a missed correction deadline (MADDE
	 * 9(2),(3))
	 */
	REJECTED,
	/** on a board meeting's agenda sent to the members (MADDE 12(1),(8)) */
	ON_AGENDA,
	/**
	 * accepted by the board's majority, with the approved expense items and support base
	 * (MADDE 10(3), 12(6))
	 */
	ACCEPTED,
	/**
	 * rejected by the board (MADDE 10(3), 12(6)); may be appealed once in 15 days (MADDE
	 * 13(1))
	 */
	BOARD_REJECTED,
	/** the board asked for a correction: the applicant has 7 days (MADDE 10(5)) */
	BOARD_CORRECTION_REQUESTED,
	/**
	 * the programme ended and the new maturity level was reported in time (MADDE 17(2))
	 */
	COMPLETED,
	/**
	 * no new maturity level even after the notice and 15 days: the programme was not
	 * completed successfully, pending payments stop (MADDE 17(2))
	 */
	UNSUCCESSFUL,
	/** terminated by board decision on liquidation or closure (MADDE 17(5)) */
	TERMINATED,
	/**
	 * the applicant appealed the board's rejection with the İtiraz Formu (MADDE 13(1));
	 * the unit prepares its opinion (MADDE 13(2))
	 */
	APPEALED,
	/**
	 * the unit forwarded the appeal with its opinion; it waits for the appeal
	 * commission's agenda (MADDE 13(2),(6))
	 */
	APPEAL_FORWARDED,
	/** on an agenda of the appeal commission sent to its members (MADDE 13(6)) */
	APPEAL_ON_AGENDA,
	/** the appeal commission rejected the appeal: final (MADDE 13(10)(b)) */
	APPEAL_REJECTED;

	public String messageKey() {
		return "kosgeb.status." + name();
	}

	/**
	 * States in which the applicant may still edit the parts that are open to them (MADDE
	 * 9(3), 10(5)).
	 */
	public boolean editableByApplicant() {
		return this == DRAFT || this == CORRECTION_REQUESTED || this == BOARD_CORRECTION_REQUESTED;
	}

	/**
	 * The file waits for or is in the unit's control (MADDE 9(1)-(3)): while it is, the
	 * eligibility conditions flagged for staff are still to be reviewed; after the unit's
	 * decision the flag is history (issue 10, point 8).
	 */
	public boolean inUnitControl() {
		return this == SUBMITTED || this == IN_CONTROL || this == CONTROL_APPROVAL || this == CORRECTION_REQUESTED;
	}

	/**
	 * The board accepted the application, so its programme started (MADDE 6(5)): the bank
	 * loan (MADDE 14), the payment requests (MADDE 15) and the monitoring (MADDE 17)
	 * follow, also after the programme closed.
	 */
	public boolean programmeStarted() {
		return this == ACCEPTED || this == COMPLETED || this == UNSUCCESSFUL || this == TERMINATED;
	}

}
