package tr.destek.board.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.appeal.AppealDeadlines;
import tr.destek.appeal.AppealService;
import tr.destek.appeal.Appeal;
import tr.destek.board.AgendaItem;
import tr.destek.board.AppealCommissionService;
import tr.destek.board.AppealDecision;
import tr.destek.board.AppealItemResult;
import tr.destek.board.BoardKind;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingService;
import tr.destek.calendar.SlaTimer;
import tr.destek.platform.NotFoundException;
import tr.destek.platform.web.Confirmation;

/**
 * The secretariat's side of the appeal commission (MADDE 13(5)-(11)): a sent commission
 * agenda with vote progress, the one-month decision SLA per appeal (MADDE 13(11); warns,
 * never blocks — 18(15)), preparing the İtiraz Karar Formu (FRM.34.00.07) once all voted,
 * registering it once every member approved, and its PDF. BOARD_SECRETARIAT only (URL
 * rule).
 */
@Controller
class SecretariatAppealController {

	private final MeetingService meetings;

	private final AppealCommissionService commission;

	private final AppealService appeals;

	private final AppealDeadlines deadlines;

	private final AppealDecisionForms forms;

	private final BoardWeb web;

	SecretariatAppealController(MeetingService meetings, AppealCommissionService commission, AppealService appeals,
			AppealDeadlines deadlines, AppealDecisionForms forms, BoardWeb web) {
		this.meetings = meetings;
		this.commission = commission;
		this.appeals = appeals;
		this.deadlines = deadlines;
		this.forms = forms;
		this.web = web;
	}

	@GetMapping("/board/secretariat/appeal-meetings/{id}")
	String meeting(@PathVariable Long id, Model model) {
		Meeting meeting = this.meetings.find(id);
		if (meeting.getBoard().getKind() != BoardKind.APPEAL_COMMISSION) {
			throw new NotFoundException();
		}
		Map<Long, AppealItemResult> results = new LinkedHashMap<>();
		Map<Long, Optional<AppealDecision>> decisions = new LinkedHashMap<>();
		Map<Long, SlaTimer> slas = new LinkedHashMap<>();
		Map<Long, Appeal> appealsByApplication = this.appeals.forSubjects(AppealCommissionService.AGENDA_SOURCE,
				meeting.getItems()
					.stream()
					.map(AgendaItem::getApplicationId)
					.filter(java.util.Objects::nonNull)
					.toList());
		for (AgendaItem item : meeting.getItems()) {
			if (item.getApplicationId() != null) {
				if (meeting.getStatus() != tr.destek.board.MeetingStatus.SCHEDULED) {
					results.put(item.getId(), this.commission.resultForSecretariat(id, item.getId()));
				}
				decisions.put(item.getId(), this.commission.forItem(item.getId()));
				Appeal appeal = appealsByApplication.get(item.getApplicationId());
				if (appeal != null) {
					this.deadlines.decisionSla(appeal).ifPresent(sla -> slas.put(item.getId(), sla));
				}
			}
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("results", results);
		model.addAttribute("decisions", decisions);
		model.addAttribute("slas", slas);
		return "board/appeal/secretariat-meeting";
	}

	@PostMapping("/board/secretariat/appeal-meetings/{id}/items/{itemId}/decision")
	String prepare(@PathVariable Long id, @PathVariable Long itemId, RedirectAttributes redirect) {
		return this.web.prepareForm(redirect, "appeal.decision.prepared", () -> this.commission.prepare(id, itemId),
				"/board/secretariat/appeal-decisions/", "/board/secretariat/appeal-meetings/" + id);
	}

	@GetMapping("/board/secretariat/appeal-decisions/{id}")
	String decision(@PathVariable Long id, Model model) {
		model.addAttribute("form", this.forms.of(id));
		model.addAttribute("secretariat", true);
		return "board/appeal/decision";
	}

	/**
	 * Registering the İtiraz Karar Formu cannot be undone (MADDE 13(8),(9)): a
	 * confirmation page first, which works without JavaScript (issue 10 point 12).
	 */
	@GetMapping("/board/secretariat/appeal-decisions/{id}/register")
	String confirmRegister(@PathVariable Long id, Model model) {
		AppealDecisionForm form = this.forms.of(id);
		return Confirmation
			.of("board.decision.confirm.title", "/board/secretariat/appeal-decisions/" + id + "/register",
					"/board/secretariat/appeal-decisions/" + id)
			.row("board.decision.confirm.application", form.applicationReference())
			.rowLabel("board.decision.confirm.outcome",
					form.decision().isAccepted() ? "appeal.decision.accepted" : "appeal.decision.rejected")
			.consequence("appeal.decision.register.help")
			.button("board.decision.register", "confirm-register-appeal-decision")
			.show(model);
	}

	@PostMapping("/board/secretariat/appeal-decisions/{id}/register")
	String register(@PathVariable Long id, RedirectAttributes redirect) {
		return this.web.act(redirect, "appeal.decision.registered", () -> this.commission.register(id),
				"redirect:/board/secretariat/appeal-decisions/" + id);
	}

	@GetMapping("/board/secretariat/appeal-decisions/{id}/form.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, Locale locale) {
		return this.forms.pdf(this.forms.of(id), locale);
	}

}
