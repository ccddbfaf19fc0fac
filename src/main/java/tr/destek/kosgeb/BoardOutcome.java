package tr.destek.kosgeb;

/**
 * The three decisions a board can register on an application (MADDE 10(3), 12(6)), as the
 * application module receives them.
 */
public enum BoardOutcome {

	ACCEPTED, REJECTED, CORRECTION_REQUESTED

}
