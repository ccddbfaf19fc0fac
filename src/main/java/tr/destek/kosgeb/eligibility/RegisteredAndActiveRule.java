package tr.destek.kosgeb.eligibility;

import java.util.Locale;
import java.util.Set;

/**
 * MADDE 7(1): the enterprise is a real or legal person as defined in the Türk Ticaret
 * Kanunu, registered in the system and active. The legal forms of TTK are the sole
 * proprietor (tacir, a real person) and the trading companies of TTK MADDE 124
 * (kollektif, komandit, anonim, limited, sermayesi paylara bölünmüş komandit,
 * kooperatif).
 */
final class RegisteredAndActiveRule implements EligibilityRule {

	static final String ID = "registered-active";

	static final Set<String> TTK_LEGAL_FORMS = Set.of("SOLE_PROPRIETOR", "LIMITED", "JOINT_STOCK", "COOPERATIVE",
			"COLLECTIVE", "LIMITED_PARTNERSHIP", "PARTNERSHIP_LIMITED_BY_SHARES");

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String article() {
		return "MADDE 7(1)";
	}

	@Override
	public RuleResult evaluate(EligibilityFacts facts, EligibilityParameters parameters) {
		String legalForm = EligibilityRule.text(facts.legalForm()).toUpperCase(Locale.ROOT);
		if (legalForm.isEmpty()) {
			return fail("registered.fail.legal-form-missing", "registered.remedy.legal-form");
		}
		if (!TTK_LEGAL_FORMS.contains(legalForm)) {
			return fail("registered.fail.legal-form", "registered.remedy.legal-form", legalForm);
		}
		Object form = EligibilityRule.term("legal-form." + legalForm);
		if (facts.registrationDate() == null || facts.registrationDate().isAfter(facts.applicationDate())) {
			return fail("registered.fail.not-registered", "registered.remedy.registration", form,
					EligibilityRule.date(facts.registrationDate()));
		}
		if (!facts.enterpriseActive()) {
			return fail("registered.fail.inactive", "registered.remedy.inactive", form,
					EligibilityRule.date(facts.registrationDate()));
		}
		String person = "SOLE_PROPRIETOR".equals(legalForm) ? "person.real" : "person.legal";
		return pass("registered.pass", form, EligibilityRule.term(person),
				EligibilityRule.date(facts.registrationDate()));
	}

}
