package tr.destek.kosgeb;

import java.util.List;

import tr.destek.kosgeb.eligibility.EligibilityReport;

/**
 * The application cannot be sent yet: the form is incomplete (message keys in
 * {@link #blockers()}) or an eligibility rule fails (MADDE 7; the report's failures).
 */
public class SubmissionBlockedException extends RuntimeException {

	private final transient List<Blocker> blockers;

	private final transient EligibilityReport eligibility;

	public SubmissionBlockedException(List<Blocker> blockers, EligibilityReport eligibility) {
		super("submission blocked: " + blockers + ", eligibility failures "
				+ ((eligibility != null) ? eligibility.failures().size() : 0));
		this.blockers = List.copyOf(blockers);
		this.eligibility = eligibility;
	}

	public List<Blocker> blockers() {
		return this.blockers;
	}

	public EligibilityReport eligibility() {
		return this.eligibility;
	}

}
