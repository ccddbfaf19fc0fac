package tr.destek.board.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tr.destek.kosgeb.FileLabels;
import tr.destek.board.AppealCommissionService;
import tr.destek.board.AppealDecision;
import tr.destek.calendar.SlaTimer;
import tr.destek.kosgeb.Appeal;
import tr.destek.kosgeb.AppealService;

/**
 * The secretariat's appeal overview (MADDE 13(5),(6),(11)): appeals forwarded by the
 * units and waiting for a commission agenda, each with the one-month decision SLA (warns,
 * never blocks — MADDE 18(15)), and the İtiraz Karar Formları prepared and not yet
 * registered. BOARD_SECRETARIAT only (URL rule).
 */
@Controller
class SecretariatAppealListController {

	private final FileLabels fileLabels;

	private final AppealService appeals;

	private final AppealCommissionService commission;

	SecretariatAppealListController(AppealService appeals, AppealCommissionService commission, FileLabels fileLabels) {
		this.fileLabels = fileLabels;
		this.appeals = appeals;
		this.commission = commission;
	}

	@GetMapping("/board/secretariat/appeals")
	String list(Model model) {
		List<Appeal> forwarded = this.appeals.forwarded();
		Map<Long, SlaTimer> slas = new LinkedHashMap<>();
		forwarded.forEach(a -> this.appeals.decisionSla(a).ifPresent(sla -> slas.put(a.getId(), sla)));
		List<AppealDecision> toRegister = this.commission.toRegister();
		model.addAttribute("forwarded", forwarded);
		model.addAttribute("labels", this.fileLabels.of(forwarded.stream().map(Appeal::getApplicationId).toList()));
		model.addAttribute("slas", slas);
		model.addAttribute("toRegister", toRegister);
		return "board/appeal/secretariat-list";
	}

}
