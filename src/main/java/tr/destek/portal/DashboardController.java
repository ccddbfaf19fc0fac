package tr.destek.portal;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.SizeClassExplainer;
import tr.destek.enterprise.SizeClassification;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;

/** Every signed-in user's start page: what is theirs to do. */
@Controller
class DashboardController {

	private final EnterpriseService enterprises;

	private final SizeClassExplainer explainer;

	DashboardController(EnterpriseService enterprises, SizeClassExplainer explainer) {
		this.enterprises = enterprises;
		this.explainer = explainer;
	}

	@GetMapping("/dashboard")
	String dashboard(@AuthenticationPrincipal DestekUser user, Model model, Locale locale) {
		model.addAttribute("user", user);
		boolean applicant = user.hasRole(Role.APPLICANT);
		model.addAttribute("applicant", applicant);
		if (applicant && user.getEnterpriseId() != null) {
			this.enterprises.find(user.getEnterpriseId()).ifPresent(enterprise -> {
				SizeClassification sizeClass = this.enterprises.sizeClassAsOf(enterprise.getId(),
						this.enterprises.today());
				model.addAttribute("enterprise", enterprise);
				model.addAttribute("sizeClass", sizeClass);
				model.addAttribute("sizeClassReason", this.explainer.reason(sizeClass, locale));
			});
		}
		return "portal/dashboard";
	}

}
