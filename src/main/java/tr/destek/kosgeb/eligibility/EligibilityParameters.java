package tr.destek.kosgeb.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The programme parameters the rules use, in the versions in force on the application
 * date (scope {@code KOSGEB_DT}).
 *
 * @param minSupportBase {@code loan.min-amount}, MADDE 6(2), 6(4), 7(7)
 * @param maxLoan {@code loan.max-amount}, MADDE 6(2)
 * @param reportValidityYears {@code eligibility.report-validity-years}, MADDE 7(4)
 * @param transitional Geçici Madde 1, or {@code null} when not in force on the
 * application date
 */
public record EligibilityParameters(BigDecimal minSupportBase, BigDecimal maxLoan, int reportValidityYears,
		TransitionalReportWindow transitional) {

	public EligibilityParameters {
		if (minSupportBase == null || maxLoan == null || reportValidityYears < 1) {
			throw new IllegalArgumentException("the loan limits and the report validity are required");
		}
	}

	/**
	 * Geçici Madde 1 (added 24/09/2024 by Olur 471721): reports taken from
	 * {@code reportDatedFrom} to {@code reportDatedUntil} may be used to apply until
	 * {@code applyUntil}.
	 */
	public record TransitionalReportWindow(LocalDate reportDatedFrom, LocalDate reportDatedUntil,
			LocalDate applyUntil) {

		public boolean covers(LocalDate reportDate, LocalDate applicationDate) {
			return !reportDate.isBefore(this.reportDatedFrom) && !reportDate.isAfter(this.reportDatedUntil)
					&& !applicationDate.isAfter(this.applyUntil);
		}

		public boolean coversReportDate(LocalDate reportDate) {
			return !reportDate.isBefore(this.reportDatedFrom) && !reportDate.isAfter(this.reportDatedUntil);
		}

	}

}
