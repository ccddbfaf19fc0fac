package tr.destek.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.monitoring.ExcusingCause;
import tr.destek.monitoring.MonitoringCase;
import tr.destek.monitoring.MonitoringRuleException;
import tr.destek.monitoring.MonitoringService;
import tr.destek.monitoring.TerminationCause;
import tr.destek.monitoring.TerminationService;
import tr.destek.platform.DestekTime;
import tr.destek.platform.web.RuleErrors;

/**
 * The board secretariat records the board's termination decisions (BOARD_SECRETARIAT;
 * MADDE 17(5),(6)): the programmes, and per programme the decision with its cause and
 * whether the board accepted force majeure or a similar cause (then no refund), and once
 * recorded the refund statement from the payments ledger (MADDE 17(6), 18(6)).
 */
@Controller
class TerminationController {

	private final MonitoringService monitoring;

	private final TerminationService terminations;

	private final Clock clock;

	TerminationController(MonitoringService monitoring, TerminationService terminations, Clock clock) {
		this.monitoring = monitoring;
		this.terminations = terminations;
		this.clock = clock;
	}

	@GetMapping("/board/secretariat/terminations")
	String list(Model model) {
		List<MonitoringCase> cases = this.monitoring.overview(null);
		model.addAttribute("cases", cases);
		model.addAttribute("labels", this.monitoring.labels(cases));
		model.addAttribute("terminations",
				this.terminations.forCases(cases.stream().map(MonitoringCase::getId).toList()));
		return "monitoring/terminations";
	}

	@GetMapping("/board/secretariat/terminations/{caseId}")
	String show(@PathVariable Long caseId, Model model) {
		MonitoringCase found = this.monitoring.find(caseId);
		model.addAttribute("monitoringCase", found);
		model.addAttribute("termination", this.terminations.forCase(caseId).orElse(null));
		// MADDE 17(6), 18(6): the refund from the payments ledger as of the decision date
		model.addAttribute("refund", this.terminations.refundStatement(caseId).orElse(null));
		model.addAttribute("rates",
				this.terminations.legalInterestRates(LocalDate.now(this.clock.withZone(DestekTime.ZONE))));
		model.addAttribute("causes", TerminationCause.values());
		model.addAttribute("excusingCauses", ExcusingCause.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TerminationFormData());
		}
		return "monitoring/termination";
	}

	@PostMapping("/board/secretariat/terminations/{caseId}")
	String terminate(@PathVariable Long caseId, @Valid @ModelAttribute("form") TerminationFormData form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Boolean.TRUE.equals(form.getExcused()) && form.getExcusingCause() == null) {
			result.rejectValue("excusingCause", "monitoring.termination.excusing.required");
		}
		if (form.getCause() == TerminationCause.OTHER
				&& (form.getCauseNote() == null || form.getCauseNote().isBlank())) {
			result.rejectValue("causeNote", "monitoring.termination.cause-note.required");
		}
		if (Boolean.TRUE.equals(form.getExcused()) && form.getExcusingCause() == ExcusingCause.OTHER_SIMILAR
				&& (form.getExcusingNote() == null || form.getExcusingNote().isBlank())) {
			result.rejectValue("excusingNote", "monitoring.termination.excusing-note.required");
		}
		if (!result.hasErrors()) {
			try {
				this.terminations.terminate(caseId, form.toRecord());
				redirect.addFlashAttribute("flashSuccessKey", "monitoring.termination.recorded");
				return "redirect:/board/secretariat/terminations/" + caseId;
			}
			catch (MonitoringRuleException ex) {
				RuleErrors.reject(result, null, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("monitoring.error.stale");
			}
		}
		return show(caseId, model);
	}

}
