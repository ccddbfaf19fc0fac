package tr.destek.monitoring;

/**
 * A programme's file whose programme period monitoring follows (MADDE 6(5), 17), as
 * values the programme hands over through {@link MonitoredFiles}.
 *
 * @param source the programme whose file it is (e.g. {@code KOSGEB}), stored with the
 * case as {@code subject_source}
 * @param fileId the file's id within its source
 */
public record MonitoredFile(String source, Long fileId, String reference, Long enterpriseId, Short provinceCode) {
}
