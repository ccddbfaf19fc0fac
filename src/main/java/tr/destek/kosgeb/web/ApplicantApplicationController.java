package tr.destek.kosgeb.web;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.AcceptedNextStep;
import tr.destek.kosgeb.ApplicantDecision;
import tr.destek.kosgeb.ApplicantDecisions;
import tr.destek.kosgeb.ApplicationAlreadyExistsException;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;

/**
 * The applicant's application: the detail page with status and timeline, and starting the
 * one draft (MADDE 5(3)). The form's sections are edited on
 * {@link ApplicantDraftController} and {@link ApplicantDocumentController}.
 */
@Controller
class ApplicantApplicationController {

	private final KosgebApplicationService applications;

	private final ApplicantEditPage page;

	private final ObjectProvider<ApplicantDecisions> decisions;

	private final ObjectProvider<AcceptedNextStep> acceptedNextStep;

	ApplicantApplicationController(KosgebApplicationService applications, ApplicantEditPage page,
			ObjectProvider<ApplicantDecisions> decisions, ObjectProvider<AcceptedNextStep> acceptedNextStep) {
		this.applications = applications;
		this.page = page;
		this.decisions = decisions;
		this.acceptedNextStep = acceptedNextStep;
	}

	@GetMapping("/kosgeb/application")
	String showApplication(@AuthenticationPrincipal DestekUser user, Model model) {
		Optional<KosgebApplication> found = this.applications.findForEnterprise(user.getEnterpriseId());
		if (found.isEmpty()) {
			return "redirect:/kosgeb/application/new";
		}
		KosgebApplication application = found.get();
		model.addAttribute("app", application);
		model.addAttribute("documents", this.applications.documents(application.getId()));
		model.addAttribute("timeline", this.applications.applicantTimeline(application));
		model.addAttribute("frozen", this.applications.frozenEligibility(application).orElse(null));
		model.addAttribute("bankName", this.page.bankName(application.getPreferredBankCode()));
		this.page.addCorrection(model, application);
		// MADDE 12(9),(10): the registered board decisions, never single members' votes
		ApplicantDecisions provider = this.decisions.getIfAvailable();
		model.addAttribute("decisions",
				(provider != null) ? provider.registeredFor(application.getId()) : List.<ApplicantDecision>of());
		// once accepted, the next step follows the loans (issue 10, point 8)
		AcceptedNextStep next = this.acceptedNextStep.getIfAvailable();
		if (application.getStatus() == ApplicationStatus.ACCEPTED && next != null) {
			model.addAttribute("nextStep", next.of(application.getId(), application.getEnterpriseId()));
		}
		return "kosgeb/application/detail";
	}

	@GetMapping("/kosgeb/application/new")
	String initStart(@AuthenticationPrincipal DestekUser user, Model model) {
		this.applications.findForEnterprise(user.getEnterpriseId())
			.ifPresent(existing -> model.addAttribute("existing", existing));
		return "kosgeb/application/start";
	}

	@PostMapping("/kosgeb/application/new")
	String processStart(@AuthenticationPrincipal DestekUser user, Model model, RedirectAttributes redirect) {
		try {
			this.applications.startDraft(user);
			redirect.addFlashAttribute("flashSuccessKey", "kosgeb.draft.started");
			return "redirect:/kosgeb/application/edit";
		}
		catch (ApplicationAlreadyExistsException ex) {
			// MADDE 5(3): one application per enterprise, whatever became of it
			this.applications.findForEnterprise(user.getEnterpriseId())
				.ifPresent(existing -> model.addAttribute("existing", existing));
			model.addAttribute("refused", true);
			return "kosgeb/application/start";
		}
	}

}
