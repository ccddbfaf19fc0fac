package tr.destek.enterprise.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.InvalidEnterpriseChangeException;
import tr.destek.enterprise.InvalidNaceCodeException;
import tr.destek.enterprise.InvalidTaxNumberException;
import tr.destek.enterprise.LegalForm;
import tr.destek.enterprise.NaceCatalogue;
import tr.destek.enterprise.Registration;
import tr.destek.enterprise.Signups;
import tr.destek.enterprise.TaxNumber;
import tr.destek.enterprise.TaxNumberTakenException;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.web.RuleErrors;

/**
 * Public sign-up: the enterprise and its first applicant user are created together and
 * the user confirms the e-mail address through the mailed link before acting (he is not
 * signed in here). The answer never reveals whether the e-mail or the tax number is
 * registered ({@link Signups}).
 */
@Controller
class SignupController {

	static final String VIEW = "enterprise/signup";

	private final EnterpriseService enterprises;

	private final NaceCatalogue catalogue;

	private final Signups signups;

	SignupController(EnterpriseService enterprises, NaceCatalogue catalogue, Signups signups) {
		this.enterprises = enterprises;
		this.catalogue = catalogue;
		this.signups = signups;
	}

	@InitBinder("signup")
	void initBinder(WebDataBinder binder) {
		FormErrors.configure(binder);
	}

	@ModelAttribute
	void referenceData(Model model) {
		model.addAttribute("provinces", this.catalogue.provinces());
		model.addAttribute("legalForms", Arrays.asList(LegalForm.values()));
		model.addAttribute("divisions", this.catalogue.divisions());
	}

	@GetMapping("/signup")
	String initSignupForm(Model model) {
		model.addAttribute("signup", new SignupFormData());
		return VIEW;
	}

	@PostMapping("/signup")
	String processSignupForm(@Valid @ModelAttribute("signup") SignupFormData form, BindingResult result,
			Locale locale) {
		checkRules(form, result);
		if (!result.hasErrors()) {
			try {
				this.signups.signUp(
						new Registration(form.getTaxNumber(), form.getTitle(), form.getLegalForm(),
								form.getRegistrationDate(), form.getProvinceCode(), form.getNaceCode()),
						form.getEmail(), form.getFullName(), form.getPassword(), locale);
				// the same answer whatever happened: registered, the address has an
				// account, or the tax number is claimed (the mailbox learns which)
				return "redirect:/signup/sent";
			}
			catch (InvalidEnterpriseChangeException ex) {
				RuleErrors.reject(result, ex);
			}
			catch (InvalidNaceCodeException ex) {
				RuleErrors.reject(result, "naceCode", ex);
			}
			catch (InvalidTaxNumberException ex) {
				RuleErrors.reject(result, "taxNumber", ex);
			}
			catch (DataIntegrityViolationException | TaxNumberTakenException
					| UserAccountService.EmailTakenException ex) {
				// two sign-ups with the same new e-mail or tax number at the same moment:
				// the database kept one (its unique index, answered by the services as
				// "taken"); the other is asked to send the form again (never
				// a 500), and then gets the same answer as any sign-up
				RuleErrors.reject(result, null, "enterprise.signup.retry");
			}
		}
		// passwords are never sent back to the browser
		form.setPassword(null);
		form.setPasswordConfirmation(null);
		return VIEW;
	}

	@GetMapping("/signup/sent")
	String signupSent() {
		return "enterprise/signup-sent";
	}

	/**
	 * The rules the form can check before anything is written, each next to its field.
	 */
	private void checkRules(SignupFormData form, BindingResult result) {
		if (!result.hasFieldErrors("taxNumber")) {
			try {
				TaxNumber taxNumber = TaxNumber.of(form.getTaxNumber());
				if (form.getLegalForm() != null && !form.getLegalForm().accepts(taxNumber.type())) {
					RuleErrors.reject(result, "taxNumber", "enterprise.taxNumber.tcknOnlySoleProprietor");
				}
			}
			catch (InvalidTaxNumberException ex) {
				RuleErrors.reject(result, "taxNumber", ex);
			}
			catch (DataIntegrityViolationException | TaxNumberTakenException
					| UserAccountService.EmailTakenException ex) {
				// two sign-ups with the same new e-mail or tax number at the same moment:
				// the database kept one (its unique index, answered by the services as
				// "taken"); the other is asked to send the form again (never
				// a 500), and then gets the same answer as any sign-up
				RuleErrors.reject(result, null, "enterprise.signup.retry");
			}
		}
		if (!result.hasFieldErrors("registrationDate") && form.getRegistrationDate() != null
				&& form.getRegistrationDate().isAfter(this.enterprises.today())) {
			RuleErrors.reject(result, "registrationDate", "enterprise.registrationDate.future");
		}
		if (!result.hasFieldErrors("provinceCode") && form.getProvinceCode() != null
				&& this.catalogue.province(form.getProvinceCode()).isEmpty()) {
			RuleErrors.reject(result, "provinceCode", "enterprise.province.unknown");
		}
		if (!result.hasFieldErrors("naceCode")) {
			try {
				this.catalogue.code(form.getNaceCode());
			}
			catch (InvalidNaceCodeException ex) {
				RuleErrors.reject(result, "naceCode", ex);
			}
		}
	}

}
