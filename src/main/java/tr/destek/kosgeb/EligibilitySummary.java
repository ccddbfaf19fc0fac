package tr.destek.kosgeb;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tr.destek.kosgeb.eligibility.EligibilityReport;

/**
 * The eligibility frozen at submission (MADDE 7), summarised for readers outside the
 * application module (the board's Kurul Bilgilendirme Formu): per rule its id, article
 * and outcome.
 *
 * @param evaluatedFor the application date it was judged on
 */
public record EligibilitySummary(LocalDate evaluatedFor, boolean needsReview, List<Line> lines) {

	public EligibilitySummary {
		lines = List.copyOf(lines);
	}

	/** The frozen eligibility of an application, if it was sent. */
	public static Optional<EligibilitySummary> of(KosgebApplication application) {
		return Optional.ofNullable(application.getEligibilitySnapshot())
			.map(EligibilitySnapshot::read)
			.map(EligibilitySummary::of);
	}

	static EligibilitySummary of(EligibilityReport report) {
		return new EligibilitySummary(report.evaluatedFor(), report.needsReview(),
				report.results().stream().map(r -> new Line(r.ruleId(), r.article(), r.outcome().name())).toList());
	}

	/**
	 * One rule: its id ({@code kosgeb.eligibility.rule.<id>}), article and outcome (PASS,
	 * FAIL, NEEDS_REVIEW).
	 */
	public record Line(String ruleId, String article, String outcome) {
	}

}
