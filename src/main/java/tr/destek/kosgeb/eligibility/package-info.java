/**
 * Eligibility rules of the KOSGEB SME Digital Transformation programme that explain
 * themselves: every rule of UE-34.00/03 MADDE 7, MADDE 5(3), Geçici Madde 1 and MADDE
 * 18(9) is a small named class that cites its article and returns PASS, FAIL or
 * NEEDS_REVIEW with a message key, the data it used and, on FAIL, a remedy.
 * <p>
 * {@link tr.destek.kosgeb.eligibility.EligibilityRules} evaluates without Spring;
 * {@link tr.destek.kosgeb.eligibility.KosgebEligibility} is the Spring facade that reads
 * the parameter versions in force on the application date.
 */
package tr.destek.kosgeb.eligibility;
