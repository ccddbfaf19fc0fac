package tr.destek.kosgeb.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.document.DocumentRef;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.BoardCorrectionService;
import tr.destek.kosgeb.Commitment;
import tr.destek.kosgeb.CommitmentNotApprovedException;
import tr.destek.kosgeb.Countdown;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.kosgeb.SubmissionBlockedException;
import tr.destek.kosgeb.eligibility.EligibilityReport;
import tr.destek.platform.NotFoundException;
import tr.destek.platform.web.RuleErrors;

/**
 * The live eligibility checklist of the draft (MADDE 7, 5(3), 18(9)), and sending the
 * application with the written commitment (Taahhütname FRM.34.00.02, MADDE 16(1)) — or
 * sending it back after a correction (MADDE 9(3)).
 */
@Controller
class ApplicantSubmissionController {

	static final String SUBMIT = "kosgeb/application/submit";

	private final KosgebApplicationService applications;

	private final BoardCorrectionService boardCorrections;

	private final Clock clock;

	ApplicantSubmissionController(KosgebApplicationService applications, BoardCorrectionService boardCorrections,
			Clock clock) {
		this.applications = applications;
		this.boardCorrections = boardCorrections;
		this.clock = clock;
	}

	@GetMapping("/kosgeb/application/eligibility")
	String showEligibility(@AuthenticationPrincipal DestekUser user, Model model, Locale locale) {
		KosgebApplication application = own(user);
		model.addAttribute("app", application);
		model.addAttribute("report", this.applications.liveEligibility(application, locale));
		model.addAttribute("blockers",
				this.applications.blockers(application, this.applications.documents(application.getId())));
		return "kosgeb/application/eligibility";
	}

	@GetMapping("/kosgeb/application/submit")
	String initSubmit(@AuthenticationPrincipal DestekUser user, Model model, Locale locale) {
		KosgebApplication application = own(user);
		if (!application.getStatus().editableByApplicant()) {
			return "redirect:/kosgeb/application";
		}
		CommitmentFormData form = new CommitmentFormData();
		form.setVersion(application.getVersion());
		form.setCommitmentVersion(Commitment.VERSION);
		model.addAttribute("commitment", form);
		return page(model, application, locale, null);
	}

	@PostMapping("/kosgeb/application/submit")
	String processSubmit(@AuthenticationPrincipal DestekUser user,
			@Valid @ModelAttribute("commitment") CommitmentFormData form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		KosgebApplication application = own(user);
		boolean correction = application.getStatus() == ApplicationStatus.CORRECTION_REQUESTED;
		if (result.hasErrors()) {
			return page(model, application, locale, null);
		}
		try {
			if (application.getStatus() == ApplicationStatus.BOARD_CORRECTION_REQUESTED) {
				// MADDE 10(5): approved again within the deadline, back to a board agenda
				this.boardCorrections.resubmit(user, form.getVersion(), form.isApproved(), form.getCommitmentVersion(),
						locale);
				redirect.addFlashAttribute("flashSuccessKey", "kosgeb.board-correction.resubmitted");
			}
			else if (correction) {
				this.applications.resubmit(user, form.getVersion(), form.isApproved(), form.getCommitmentVersion(),
						locale);
				redirect.addFlashAttribute("flashSuccessKey", "kosgeb.resubmitted");
			}
			else {
				this.applications.submit(user, form.getVersion(), form.isApproved(), form.getCommitmentVersion(),
						locale);
				redirect.addFlashAttribute("flashSuccessKey", "kosgeb.submitted");
			}
			return "redirect:/kosgeb/application";
		}
		catch (CommitmentNotApprovedException ex) {
			RuleErrors.reject(result, ex);
			return page(model, application, locale, null);
		}
		catch (SubmissionBlockedException ex) {
			model.addAttribute("blockedReasons", ex.blockers());
			return page(model, application, locale, ex.eligibility());
		}
	}

	private String page(Model model, KosgebApplication application, Locale locale, EligibilityReport evaluated) {
		List<DocumentRef> documents = this.applications.documents(application.getId());
		model.addAttribute("app", application);
		model.addAttribute("report",
				(evaluated != null) ? evaluated : this.applications.liveEligibility(application, locale));
		model.addAttribute("blockers", this.applications.blockers(application, documents));
		model.addAttribute("paragraphs", Commitment.paragraphKeys());
		model.addAttribute("commitmentVersion", Commitment.VERSION);
		model.addAttribute("correction", application.getStatus() == ApplicationStatus.CORRECTION_REQUESTED
				|| application.getStatus() == ApplicationStatus.BOARD_CORRECTION_REQUESTED);
		if (application.getCorrectionDeadline() != null) {
			model.addAttribute("countdown",
					Countdown.until(application.getCorrectionDeadline(), Instant.now(this.clock)));
		}
		return SUBMIT;
	}

	private KosgebApplication own(DestekUser user) {
		return this.applications.findForEnterprise(user.getEnterpriseId()).orElseThrow(NotFoundException::new);
	}

}
