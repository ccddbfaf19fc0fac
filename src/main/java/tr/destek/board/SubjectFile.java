package tr.destek.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of a subject's file the members read with the agenda (MADDE 10(1),(2), 12(1);
 * Kurul Bilgilendirme Formu FRM.34.00.03), as plain values the programme fills.
 *
 * @param applicationDate the application date, or {@code null}
 * @param reportNumber the number of the report the file rests on (the maturity report)
 * @param reportAuthor who wrote the report (the consultant)
 * @param reportLevel the level the report found (the maturity level)
 * @param reportDate the report's approval date
 * @param recommendations the report's recommendations the items refer to, in order
 * @param bankName the preferred bank's name, or {@code null}
 * @param controlledAt when the unit found the file suitable, or {@code null}
 * @param eligibility the eligibility frozen at submission, or {@code null}
 */
public record SubjectFile(LocalDate applicationDate, String reportNumber, String reportAuthor, String reportLevel,
		LocalDate reportDate, List<String> recommendations, String bankName, Instant controlledAt,
		SubjectEligibility eligibility) {

	public SubjectFile {
		recommendations = List.copyOf(recommendations);
	}

}
