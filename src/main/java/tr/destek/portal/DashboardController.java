package tr.destek.portal;

import java.time.Clock;
import java.time.Instant;
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
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.Countdown;
import tr.destek.kosgeb.KosgebApplicationService;

/** Every signed-in user's start page: what is theirs to do. */
@Controller
class DashboardController {

	private final EnterpriseService enterprises;

	private final SizeClassExplainer explainer;

	private final KosgebApplicationService kosgeb;

	private final Clock clock;

	DashboardController(EnterpriseService enterprises, SizeClassExplainer explainer, KosgebApplicationService kosgeb,
			Clock clock) {
		this.enterprises = enterprises;
		this.explainer = explainer;
		this.kosgeb = kosgeb;
		this.clock = clock;
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
			// my applications: status, next step and the correction countdown (MADDE
			// 9(3))
			model.addAttribute("kosgebShown", true);
			this.kosgeb.findForEnterprise(user.getEnterpriseId()).ifPresent(application -> {
				model.addAttribute("kosgebApplication", application);
				if (application.getStatus() == ApplicationStatus.CORRECTION_REQUESTED
						&& application.getCorrectionDeadline() != null) {
					model.addAttribute("kosgebCountdown",
							Countdown.until(application.getCorrectionDeadline(), Instant.now(this.clock)));
				}
			});
		}
		return "portal/dashboard";
	}

}
