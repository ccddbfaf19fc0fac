package tr.destek.monitoring;

import java.time.LocalDate;

/**
 * The board's termination decision as recorded by the secretariat (MADDE 17(5),(6)).
 *
 * @param excusingCause the force majeure or similar cause the board accepted, or
 * {@code null} when it accepted none (then the support is reclaimed)
 */
public record TerminationRecord(TerminationCause cause, String causeNote, String decisionReference,
		LocalDate decisionDate, ExcusingCause excusingCause, String excusingNote) {

}
