package tr.destek.appeal;

import java.time.LocalDate;

/**
 * What the appeal needs to know of the decision appealed, as the programme reports it
 * through {@link AppealSubjects}: neutral values, no programme type.
 *
 * @param source the programme that owns the subject (e.g. {@code KOSGEB})
 * @param id the subject's id within its programme
 * @param reference the reference the applicant and the staff know the file by
 * @param enterpriseId the enterprise that may appeal
 * @param provinceCode the province whose unit forwards the appeal (MADDE 13(2))
 * @param assignedStaffId the staff member responsible for the file, if any
 * @param version the subject's version, for the applicant's stale-form check
 * @param decisionAppealed the registry number of the decision appealed
 * @param lastDay the last day to appeal as notified with the decision (MADDE 12(10),
 * 13(1)); {@code null} when none was given
 * @param standing where the decision stands for an appeal
 */
public record AppealSubject(String source, long id, String reference, long enterpriseId, short provinceCode,
		Long assignedStaffId, long version, String decisionAppealed, LocalDate lastDay, Standing standing) {

	/** Where the subject's decision stands for an appeal. */
	public enum Standing {

		/** a rejection that may be appealed until its last day (MADDE 13(1)) */
		REJECTED,
		/** a final rejection: no appeal (MADDE 13(10)(b)) */
		FINAL,
		/** no rejection to appeal */
		NOT_REJECTED

	}

}
