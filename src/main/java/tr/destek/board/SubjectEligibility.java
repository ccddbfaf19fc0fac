package tr.destek.board;

import java.time.LocalDate;
import java.util.List;

/**
 * The eligibility a programme judged a subject on (frozen at submission), as the members
 * read it on the Kurul Bilgilendirme Formu (FRM.34.00.03): per rule its name, article and
 * outcome, each as a message key of the programme.
 *
 * @param evaluatedFor the day it was judged on
 */
public record SubjectEligibility(LocalDate evaluatedFor, boolean needsReview, List<Line> lines) {

	public SubjectEligibility {
		lines = List.copyOf(lines);
	}

	/**
	 * One rule.
	 *
	 * @param ruleKey the message key of the rule's name
	 * @param rule the rule's id, shown when the key has no text
	 * @param outcomeKey the message key of its outcome
	 */
	public record Line(String ruleKey, String rule, String article, String outcomeKey) {
	}

}
