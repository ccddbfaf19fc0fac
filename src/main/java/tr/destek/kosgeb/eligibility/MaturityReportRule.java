package tr.destek.kosgeb.eligibility;

import java.time.LocalDate;

import tr.destek.kosgeb.eligibility.EligibilityParameters.TransitionalReportWindow;

/**
 * MADDE 7(4): the enterprise has an approved digital transformation / maturity assessment
 * report and applies within the validity date / roadmap period the report states; a
 * report that states none allows applying within
 * {@code eligibility.report-validity-years} (1 year) of its approval.
 * <p>
 * The year is a period in years (MADDE 18(14)): approved 2025-03-10, the last day is
 * 2026-03-10, inclusive; with the calendar a last day on a weekend or official holiday
 * moves to the next working day (MADDE 18(13)). A validity date written in the report is
 * a fixed day, not a period, and does not move.
 * <p>
 * Geçici Madde 1 (in force from 24/09/2024): reports taken (approved) from 01.01.2023 to
 * 31.05.2024 may be used to apply until 31.05.2025, even when their own period is over.
 */
final class MaturityReportRule implements EligibilityRule {

	static final String ID = "maturity-report";

	private final PeriodEnd periodEnd;

	MaturityReportRule(PeriodEnd periodEnd) {
		this.periodEnd = periodEnd;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String article() {
		return "MADDE 7(4), GEÇİCİ MADDE 1";
	}

	@Override
	public RuleResult evaluate(EligibilityFacts facts, EligibilityParameters parameters) {
		MaturityReportFact report = facts.report();
		LocalDate applied = facts.applicationDate();
		if (report == null || report.approvalDate() == null) {
			return fail("report.fail.missing", "report.remedy.missing");
		}
		String consultant = EligibilityRule.text(report.consultant());
		String number = EligibilityRule.text(report.number());
		LocalDate approved = report.approvalDate();
		if (approved.isAfter(applied)) {
			return fail("report.fail.future", "report.remedy.check-date", consultant, number,
					EligibilityRule.date(approved), EligibilityRule.date(applied));
		}
		TransitionalReportWindow transitional = parameters.transitional();
		if (report.validUntil() != null) {
			LocalDate validUntil = report.validUntil();
			if (!applied.isAfter(validUntil)) {
				return pass("report.pass.validity", consultant, number, EligibilityRule.date(approved),
						EligibilityRule.date(validUntil));
			}
			if (transitional != null && transitional.covers(approved, applied)) {
				return transitionalPass(consultant, number, approved, transitional);
			}
			return fail(
					transitionalEnded(transitional, approved) ? "report.fail.validity.transitional-ended"
							: "report.fail.validity",
					"report.remedy.new-report", consultant, number, EligibilityRule.date(approved),
					EligibilityRule.date(validUntil), EligibilityRule.date(applied), transitionalEnd(transitional));
		}
		int years = parameters.reportValidityYears();
		LocalDate lastDay = this.periodEnd.lastDay(approved, years);
		if (!applied.isAfter(lastDay)) {
			return pass("report.pass.period", consultant, number, EligibilityRule.date(approved), years,
					EligibilityRule.date(lastDay));
		}
		if (transitional != null && transitional.covers(approved, applied)) {
			return transitionalPass(consultant, number, approved, transitional);
		}
		return fail(
				transitionalEnded(transitional, approved) ? "report.fail.period.transitional-ended"
						: "report.fail.period",
				"report.remedy.new-report", consultant, number, EligibilityRule.date(approved), years,
				EligibilityRule.date(lastDay), EligibilityRule.date(applied), transitionalEnd(transitional));
	}

	private RuleResult transitionalPass(String consultant, String number, LocalDate approved,
			TransitionalReportWindow transitional) {
		return pass("report.pass.transitional", consultant, number, EligibilityRule.date(approved),
				EligibilityRule.date(transitional.reportDatedFrom()),
				EligibilityRule.date(transitional.reportDatedUntil()), EligibilityRule.date(transitional.applyUntil()));
	}

	private static boolean transitionalEnded(TransitionalReportWindow transitional, LocalDate approved) {
		return transitional != null && transitional.coversReportDate(approved);
	}

	private static String transitionalEnd(TransitionalReportWindow transitional) {
		return (transitional != null) ? EligibilityRule.date(transitional.applyUntil()) : "";
	}

}
