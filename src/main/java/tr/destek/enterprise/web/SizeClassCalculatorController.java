package tr.destek.enterprise.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

import tr.destek.enterprise.CompanyFigures;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.SizeClassExplainer;
import tr.destek.enterprise.SizeClassification;
import tr.destek.platform.web.RuleErrors;
import tr.destek.programme.ParameterNotDefinedException;

/**
 * Public calculator page: the KOBİ size class of figures anybody types in, with the same
 * classifier as the API and the enterprise profile.
 */
@Controller
class SizeClassCalculatorController {

	private final EnterpriseService enterprises;

	private final SizeClassExplainer explainer;

	private final SpringValidatorAdapter validator;

	SizeClassCalculatorController(EnterpriseService enterprises, SizeClassExplainer explainer,
			jakarta.validation.Validator validator) {
		this.enterprises = enterprises;
		this.explainer = explainer;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@InitBinder("query")
	void initBinder(WebDataBinder binder) {
		FormErrors.configure(binder);
	}

	@GetMapping("/calculators/size-class")
	String calculate(@ModelAttribute("query") SizeClassQuery query, BindingResult result, Model model, Locale locale) {
		if (query.isEmpty() && !result.hasErrors()) {
			// first visit: an empty form, no error messages yet
			return "enterprise/size-class-calculator";
		}
		this.validator.validate(query, result);
		if (!result.hasErrors()) {
			LocalDate date = (query.getDate() != null) ? query.getDate() : this.enterprises.today();
			try {
				SizeClassification classification = this.enterprises.classify(
						new CompanyFigures(query.getEmployees(), query.getNetSales(), query.getBalanceSheet()), date);
				model.addAttribute("classification", classification);
				model.addAttribute("reason", this.explainer.reason(classification, locale));
				model.addAttribute("asOf", date);
			}
			catch (ParameterNotDefinedException ex) {
				RuleErrors.reject(result, "date", "enterprise.size.noThresholds", date.toString());
			}
		}
		return "enterprise/size-class-calculator";
	}

}
