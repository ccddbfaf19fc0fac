package tr.destek.kosgeb;

/**
 * The applicant's next step once the board accepted the file (MADDE 14, 15), told by the
 * module that owns the loans: the application module cannot know whether a loan was
 * applied for or paid (issue 10, point 8: a paid loan no longer asks for a loan).
 * Implemented outside this module, looked up optionally as {@link ApplicantDecisions} is.
 */
public interface AcceptedNextStep {

	/** The next step of the accepted application of {@code enterpriseId}. */
	NextStep of(Long applicationId, Long enterpriseId);

	/** A message key and its arguments. */
	record NextStep(String key, Object[] arguments) {
	}

}
