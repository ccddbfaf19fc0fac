package tr.destek.board.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tr.destek.appeal.AppealService;
import tr.destek.appeal.AppealDeadlines;
import tr.destek.appeal.Appeal;
import tr.destek.board.AppealCommissionService;
import tr.destek.board.AppealDecision;
import tr.destek.calendar.SlaTimer;

/**
 * The secretariat's appeal overview (MADDE 13(5),(6),(11)): appeals forwarded by the
 * units and waiting for a commission agenda, each with the one-month decision SLA (warns,
 * never blocks — MADDE 18(15)), and the İtiraz Karar Formları prepared and not yet
 * registered. BOARD_SECRETARIAT only (URL rule).
 */
@Controller
class SecretariatAppealListController {

	private final AppealService appeals;

	private final AppealDeadlines deadlines;

	private final AppealCommissionService commission;

	SecretariatAppealListController(AppealService appeals, AppealDeadlines deadlines,
			AppealCommissionService commission) {
		this.appeals = appeals;
		this.deadlines = deadlines;
		this.commission = commission;
	}

	@GetMapping("/board/secretariat/appeals")
	String list(Model model) {
		List<Appeal> forwarded = this.appeals.forwarded();
		Map<Long, SlaTimer> slas = new LinkedHashMap<>();
		forwarded.forEach(a -> this.deadlines.decisionSla(a).ifPresent(sla -> slas.put(a.getId(), sla)));
		List<AppealDecision> toRegister = this.commission.toRegister();
		model.addAttribute("forwarded", forwarded);
		model.addAttribute("labels", this.appeals.labels(forwarded));
		model.addAttribute("slas", slas);
		model.addAttribute("toRegister", toRegister);
		return "board/appeal/secretariat-list";
	}

}
