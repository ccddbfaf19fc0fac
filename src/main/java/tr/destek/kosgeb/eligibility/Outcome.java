package tr.destek.kosgeb.eligibility;

/** The result of one eligibility rule. */
public enum Outcome {

	/** the rule is met */
	PASS,
	/** the rule is not met: blocks submission */
	FAIL,
	/** the system cannot decide: submission goes through, flagged for staff */
	NEEDS_REVIEW

}
