package tr.destek.kosgeb.eligibility;

import java.time.LocalDate;

/**
 * The approved digital transformation / maturity assessment report (MADDE 7(4)).
 *
 * @param consultant the consultant organisation that issued it
 * @param number the report number
 * @param approvalDate the day the report was approved; also the date the report was
 * "taken" for Geçici Madde 1
 * @param validUntil the validity date or end of the roadmap the report states, or
 * {@code null} when it states none
 * @param maturityLevel the maturity level the report gives
 */
public record MaturityReportFact(String consultant, String number, LocalDate approvalDate, LocalDate validUntil,
		String maturityLevel) {
}
