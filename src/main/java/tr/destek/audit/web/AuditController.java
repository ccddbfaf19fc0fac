package tr.destek.audit.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tr.destek.audit.AuditTrail;

/**
 * Admin only (SecurityConfiguration: /admin/** = ADMIN): the audit trail, newest first.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.audit.search(entityType, actor, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")))));
		model.addAttribute("entityType", entityType);
		model.addAttribute("actor", actor);
		return "audit/list";
	}

}
