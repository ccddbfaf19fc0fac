package tr.destek.monitoring;

/**
 * Monitoring established the outcome of a file's programme period (MADDE 17(2),(5)). The
 * programme owning the file moves the file in its listener; it is published inside the
 * transaction that closed the case, and KOSGEB's listener runs synchronously in it, so
 * the file's state changes with the case or not at all.
 */
public record ProgrammeOutcomeRecorded(String source, Long fileId, ProgrammeOutcome outcome, String reason) {
}
