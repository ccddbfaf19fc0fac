package tr.destek.enterprise.web;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.InvalidEnterpriseChangeException;
import tr.destek.identity.DestekUser;
import tr.destek.platform.web.RuleErrors;

/**
 * The applicant's fiscal years: the table, and a form to add a year or change one. Adding
 * a year that is already entered is refused with a link to its edit form; the edit form
 * shows the saved figures beside the fields (issue #10 point 4).
 */
@Controller
class FiscalYearController {

	static final String VIEW = "enterprise/fiscal-years";

	private final EnterpriseService enterprises;

	private final MessageSource messages;

	FiscalYearController(EnterpriseService enterprises, MessageSource messages) {
		this.enterprises = enterprises;
		this.messages = messages;
	}

	@InitBinder("fiscalYear")
	void initBinder(WebDataBinder binder) {
		FormErrors.configure(binder);
	}

	@GetMapping("/enterprise/fiscal-years")
	String initFiscalYearForm(@AuthenticationPrincipal DestekUser user,
			@RequestParam(name = "year", required = false) Integer year, Model model) {
		Enterprise enterprise = EnterpriseProfileController.ownEnterprise(this.enterprises, user);
		FiscalYearFormData form = (year != null)
				? enterprise.fiscalYear(year).map(FiscalYearFormData::of).orElseGet(FiscalYearFormData::new)
				: new FiscalYearFormData();
		if (form.getYear() == null) {
			form.setYear((year != null) ? year : this.enterprises.today().getYear() - 1);
		}
		model.addAttribute("fiscalYear", form);
		return view(model, enterprise, form);
	}

	@PostMapping("/enterprise/fiscal-years")
	String processFiscalYearForm(@AuthenticationPrincipal DestekUser user,
			@Valid @ModelAttribute("fiscalYear") FiscalYearFormData form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		Enterprise enterprise = EnterpriseProfileController.ownEnterprise(this.enterprises, user);
		boolean replacing = form.changesEnteredYear() && enterprise.fiscalYear(form.getYear()).isPresent();
		if (!replacing && !result.hasFieldErrors("year") && enterprise.fiscalYear(form.getYear()).isPresent()) {
			RuleErrors.reject(result, "year", "enterprise.fiscalYear.exists", String.valueOf(form.getYear()));
		}
		if (!result.hasErrors()) {
			try {
				if (replacing) {
					this.enterprises.saveFiscalYear(enterprise.getId(), form.toFigures());
				}
				else {
					this.enterprises.addFiscalYear(enterprise.getId(), form.toFigures());
				}
				redirect.addFlashAttribute("flashSuccess", this.messages.getMessage("enterprise.fiscalYear.saved",
						new Object[] { String.valueOf(form.getYear()) }, locale));
				return "redirect:/enterprise/fiscal-years";
			}
			catch (InvalidEnterpriseChangeException ex) {
				RuleErrors.reject(result, ex);
			}
		}
		if (!replacing && result.hasFieldErrors("year") && form.getYear() != null
				&& enterprise.fiscalYear(form.getYear()).isPresent()) {
			model.addAttribute("existingYear", form.getYear());
		}
		return view(model, enterprise, form);
	}

	private String view(Model model, Enterprise enterprise, FiscalYearFormData form) {
		// the saved figures of the year being changed, shown beside the fields
		model.addAttribute("saved",
				(form.getEditYear() != null) ? enterprise.fiscalYear(form.getEditYear()).orElse(null) : null);
		model.addAttribute("editing", form.getEditYear() != null);
		model.addAttribute("enterprise", enterprise);
		return VIEW;
	}

}
