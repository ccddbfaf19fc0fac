package tr.destek.enterprise.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.InvalidEnterpriseChangeException;
import tr.destek.enterprise.InvalidNaceCodeException;
import tr.destek.enterprise.NaceCatalogue;
import tr.destek.identity.DestekUser;
import tr.destek.platform.web.RuleErrors;

/** The applicant's own enterprise profile: view and edit. */
@Controller
class EnterpriseProfileController {

	static final String EDIT_VIEW = "enterprise/profile-edit";

	private final EnterpriseService enterprises;

	private final NaceCatalogue catalogue;

	private final EnterpriseDetails details;

	private final MessageSource messages;

	EnterpriseProfileController(EnterpriseService enterprises, NaceCatalogue catalogue, EnterpriseDetails details,
			MessageSource messages) {
		this.enterprises = enterprises;
		this.catalogue = catalogue;
		this.details = details;
		this.messages = messages;
	}

	@InitBinder("profile")
	void initBinder(WebDataBinder binder) {
		FormErrors.configure(binder);
	}

	@GetMapping("/enterprise/profile")
	String showProfile(@AuthenticationPrincipal DestekUser user, Model model, Locale locale) {
		Enterprise enterprise = ownEnterprise(this.enterprises, user);
		this.details.addTo(model, enterprise, locale);
		model.addAttribute("own", true);
		// the applicant sees what he typed (issue #9 point 5)
		model.addAttribute(TcknDisplay.SHOW_TCKNS, true);
		return "enterprise/profile";
	}

	@GetMapping("/enterprise/profile/edit")
	String initEditForm(@AuthenticationPrincipal DestekUser user, Model model) {
		Enterprise enterprise = ownEnterprise(this.enterprises, user);
		model.addAttribute("profile", ProfileFormData.of(enterprise));
		return editView(model, enterprise);
	}

	@PostMapping("/enterprise/profile/edit")
	String processEditForm(@AuthenticationPrincipal DestekUser user,
			@Valid @ModelAttribute("profile") ProfileFormData form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		Enterprise enterprise = ownEnterprise(this.enterprises, user);
		if (!result.hasFieldErrors("naceCode")) {
			try {
				this.catalogue.code(form.getNaceCode());
			}
			catch (InvalidNaceCodeException ex) {
				RuleErrors.reject(result, "naceCode", ex);
			}
		}
		if (!result.hasErrors()) {
			try {
				this.enterprises.updateProfile(enterprise.getId(), form.getVersion(), form.toChange());
				redirect.addFlashAttribute("flashSuccess",
						this.messages.getMessage("enterprise.profile.saved", null, locale));
				return "redirect:/enterprise/profile";
			}
			catch (InvalidEnterpriseChangeException ex) {
				RuleErrors.reject(result, ex);
			}
			catch (InvalidNaceCodeException ex) {
				RuleErrors.reject(result, "naceCode", ex);
			}
			catch (OptimisticLockingFailureException ex) {
				RuleErrors.reject(result, null, "enterprise.profile.concurrentChange");
			}
		}
		return editView(model, enterprise);
	}

	private String editView(Model model, Enterprise enterprise) {
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("provinces", this.catalogue.provinces());
		model.addAttribute("divisions", this.catalogue.divisions());
		return EDIT_VIEW;
	}

	/** The signed-in applicant's enterprise, with fiscal years and persons loaded. */
	static Enterprise ownEnterprise(EnterpriseService enterprises, DestekUser user) {
		if (user == null || user.getEnterpriseId() == null) {
			throw new AccessDeniedException("no enterprise");
		}
		return enterprises.find(user.getEnterpriseId())
			.orElseThrow(() -> new AccessDeniedException("enterprise " + user.getEnterpriseId() + " not found"));
	}

}
