package tr.destek.kosgeb.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.ControlQueue;

/**
 * The unit's accepted KOSGEB files whose approved items are inspected in a Tespit
 * Tutanağı (MADDE 15(3)); each links to the payment module's inspection pages. Staff of
 * the unit only (the control queue decides which files the viewer sees).
 */
@Controller
class KosgebInspectionIndexController {

	private final ControlQueue queue;

	KosgebInspectionIndexController(ControlQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/kosgeb/control/inspections")
	String accepted(@AuthenticationPrincipal DestekUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page",
				this.queue.page(user,
						new ControlQueue.Filter(ApplicationStatus.ACCEPTED, false, null, ControlQueue.Sort.TITLE),
						Math.max(page, 0)));
		return "kosgeb/control/inspections-index";
	}

}
