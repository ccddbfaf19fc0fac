package tr.destek.kosgeb;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered board decision on an application as its applicant may read it (MADDE
 * 12(9),(10), 10(5)): the outcome, the registry number and date, the approved expense
 * items with the accepted amounts, the support base, the reasons and the deadline that
 * follows (last day to appeal, or the correction deadline). It never carries the members'
 * individual votes or scores.
 *
 * @param pdfLink where the applicant downloads the Kurul Karar Formu
 */
public record ApplicantDecision(Long id, String formCode, BoardOutcome outcome, String registryNumber,
		LocalDate registryDate, List<Item> items, BigDecimal supportBase, List<String> reasons, LocalDate appealLastDay,
		Instant correctionDeadline, String pdfLink) {

	public ApplicantDecision {
		items = List.copyOf(items);
		reasons = List.copyOf(reasons);
	}

	public String outcomeKey() {
		return "kosgeb.decision.outcome." + this.outcome.name();
	}

	/** An approved expense item: what was requested and what the board accepted. */
	public record Item(int position, String description, BigDecimal requested, BigDecimal accepted) {
	}

}
