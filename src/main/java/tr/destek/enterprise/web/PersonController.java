package tr.destek.enterprise.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.InvalidEnterpriseChangeException;
import tr.destek.enterprise.InvalidTaxNumberException;
import tr.destek.enterprise.PersonRelation;
import tr.destek.identity.DestekUser;
import tr.destek.platform.web.RuleErrors;

/**
 * Declared persons of the applicant's enterprise (owners, partners, employees and their
 * relatives), used for the conflict rules of KOSGEB UE MADDE 18(9) and 18(10).
 */
@Controller
class PersonController {

	static final String VIEW = "enterprise/persons";

	private final EnterpriseService enterprises;

	private final MessageSource messages;

	PersonController(EnterpriseService enterprises, MessageSource messages) {
		this.enterprises = enterprises;
		this.messages = messages;
	}

	@InitBinder("person")
	void initBinder(WebDataBinder binder) {
		FormErrors.configure(binder);
	}

	@ModelAttribute("relations")
	java.util.List<PersonRelation> relations() {
		return Arrays.asList(PersonRelation.values());
	}

	/** The applicant's own persons page shows the TCKNs he typed (issue #9 point 5). */
	@ModelAttribute(TcknDisplay.SHOW_TCKNS)
	boolean showTckns() {
		return true;
	}

	/**
	 * While an application relies on the declaration, persons cannot be removed (MADDE
	 * 18(9),(10), issue #9 point 9): the page says so and shows no remove buttons.
	 */
	@ModelAttribute("personsLocked")
	boolean personsLocked(@AuthenticationPrincipal DestekUser user) {
		return user != null && user.getEnterpriseId() != null
				&& this.enterprises.declaredPersonsLocked(user.getEnterpriseId());
	}

	@GetMapping("/enterprise/persons")
	String initPersonForm(@AuthenticationPrincipal DestekUser user, Model model) {
		model.addAttribute("enterprise", EnterpriseProfileController.ownEnterprise(this.enterprises, user));
		model.addAttribute("person", new PersonFormData());
		return VIEW;
	}

	@PostMapping("/enterprise/persons")
	String processPersonForm(@AuthenticationPrincipal DestekUser user,
			@Valid @ModelAttribute("person") PersonFormData form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		Enterprise enterprise = EnterpriseProfileController.ownEnterprise(this.enterprises, user);
		if (!result.hasErrors()) {
			try {
				this.enterprises.declarePerson(enterprise.getId(), form.toDeclaration());
				redirect.addFlashAttribute("flashSuccess",
						this.messages.getMessage("enterprise.person.saved", null, locale));
				return "redirect:/enterprise/persons";
			}
			catch (InvalidEnterpriseChangeException ex) {
				RuleErrors.reject(result, ex);
			}
			catch (InvalidTaxNumberException ex) {
				// the related person's number is checked after the person's own
				boolean ownValid = tr.destek.enterprise.TaxNumber.isValidTckn(form.getTckn().trim());
				RuleErrors.reject(result, ownValid ? "relatedTaxNumber" : "tckn", ex);
			}
		}
		model.addAttribute("enterprise", enterprise);
		return VIEW;
	}

	@PostMapping("/enterprise/persons/{personId}/remove")
	String removePerson(@AuthenticationPrincipal DestekUser user, @PathVariable Long personId,
			RedirectAttributes redirect, Locale locale) {
		Enterprise enterprise = EnterpriseProfileController.ownEnterprise(this.enterprises, user);
		try {
			int removed = this.enterprises.removePerson(enterprise.getId(), personId).size();
			redirect.addFlashAttribute("flashSuccess", this.messages.getMessage("enterprise.person.removed",
					new Object[] { String.valueOf(removed) }, locale));
		}
		catch (InvalidEnterpriseChangeException ex) {
			redirect.addFlashAttribute("flashError", this.messages.getMessage(ex.messageKey(), null, locale));
		}
		return "redirect:/enterprise/persons";
	}

}
