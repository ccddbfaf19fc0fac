package tr.destek.board.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.board.SubjectLabel;
import tr.destek.board.SubjectLabels;
import tr.destek.platform.web.Confirmation;

/**
 * Decisions to register (MADDE 12(9)): the list, the Kurul Karar Formu with the members'
 * approvals, and registration with a registry number and date.
 */
@Controller
@RequestMapping("/board/secretariat/decisions")
class SecretariatDecisionController {

	private final DecisionService decisions;

	private final DecisionForms forms;

	private final BoardWeb web;

	private final SubjectLabels labels;

	SecretariatDecisionController(DecisionService decisions, DecisionForms forms, BoardWeb web, SubjectLabels labels) {
		this.labels = labels;
		this.decisions = decisions;
		this.forms = forms;
		this.web = web;
	}

	@GetMapping
	String list(Model model) {
		List<Decision> toRegister = this.decisions.toRegister();
		model.addAttribute("decisions", toRegister);
		// which application each form decides, without opening it
		model.addAttribute("references",
				this.labels.of(toRegister.stream().map(Decision::getSubjectRef).toList())
					.values()
					.stream()
					.collect(java.util.stream.Collectors.toMap(SubjectLabel::ref, SubjectLabel::reference)));
		return "board/secretariat/decisions";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("form", this.forms.of(id));
		return "board/secretariat/decision";
	}

	/**
	 * Registering a decision cannot be undone (MADDE 12(9)): a confirmation page first,
	 * which works without JavaScript (issue 10 point 12).
	 */
	@GetMapping("/{id}/register")
	String confirmRegister(@PathVariable Long id, Model model) {
		DecisionForm form = this.forms.of(id);
		Decision decision = form.decision();
		return Confirmation
			.of("board.decision.confirm.title", "/board/secretariat/decisions/" + id + "/register",
					"/board/secretariat/decisions/" + id)
			.row("board.decision.confirm.application", form.applicationReference())
			.rowLabel("board.decision.confirm.outcome", decision.getOutcome().messageKey())
			.consequence("board.decision.register.help")
			.button("board.decision.register", "confirm-register")
			.show(model);
	}

	@PostMapping("/{id}/register")
	String register(@PathVariable Long id, RedirectAttributes redirect) {
		return this.web.act(redirect, "board.decision.registered", () -> this.decisions.register(id),
				"redirect:/board/secretariat/decisions/" + id);
	}

}
