package tr.destek.monitoring.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.document.DocumentRejectedException;
import tr.destek.identity.DestekUser;
import tr.destek.monitoring.MonitoringCase;
import tr.destek.monitoring.MonitoringRuleException;
import tr.destek.monitoring.MonitoringService;
import tr.destek.monitoring.TerminationService;
import tr.destek.platform.web.RuleErrors;

/**
 * The applicant's programme monitoring page (APPLICANT, own enterprise only): the
 * programme period, the maturity report deadline and the form to send the new digital
 * maturity level with the approved report (MADDE 17(2)); after a termination the board's
 * decision and the refund owed (MADDE 17(5),(6)).
 */
@Controller
class ApplicantMonitoringController {

	static final String VIEW = "monitoring/applicant";

	private final MonitoringService monitoring;

	private final TerminationService terminations;

	private final MessageSource messages;

	ApplicantMonitoringController(MonitoringService monitoring, TerminationService terminations,
			MessageSource messages) {
		this.monitoring = monitoring;
		this.terminations = terminations;
		this.messages = messages;
	}

	@GetMapping("/kosgeb/application/monitoring")
	String show(@AuthenticationPrincipal DestekUser user, Model model) {
		Optional<MonitoringCase> found = this.monitoring.forApplicant(user);
		model.addAttribute("monitoringCase", found.orElse(null));
		if (found.isPresent() && !model.containsAttribute("report")) {
			MaturityReportFormData report = new MaturityReportFormData();
			report.setVersion(found.get().getVersion());
			model.addAttribute("report", report);
		}
		found.flatMap(this.monitoring::reportDocument).ifPresent(d -> model.addAttribute("reportDocument", d));
		// MADDE 17(5),(6): a terminated programme shows the decision and the refund owed
		found.flatMap(c -> this.terminations.forCase(c.getId())).ifPresent(termination -> {
			model.addAttribute("termination", termination);
			model.addAttribute("refund", this.terminations.refundStatement(termination.getCaseId()).orElseThrow());
		});
		return VIEW;
	}

	@PostMapping("/kosgeb/application/monitoring/report")
	String submit(@AuthenticationPrincipal DestekUser user,
			@Valid @ModelAttribute("report") MaturityReportFormData report, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, model);
		}
		try {
			this.monitoring.submitReport(user, report.getVersion(), report.getLevel(), file);
		}
		catch (DocumentRejectedException ex) {
			model.addAttribute("fileError", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return show(user, model);
		}
		catch (MonitoringRuleException ex) {
			RuleErrors.reject(result, null, ex);
			return show(user, model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("monitoring.error.stale");
			return show(user, model);
		}
		redirect.addFlashAttribute("flashSuccessKey", "monitoring.report.submitted");
		return "redirect:/kosgeb/application/monitoring";
	}

}
