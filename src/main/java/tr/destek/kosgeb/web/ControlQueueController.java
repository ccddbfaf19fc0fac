package tr.destek.kosgeb.web;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tr.destek.calendar.SlaStatus;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.ControlQueue;
import tr.destek.platform.Provinces;

/**
 * The staff work queue: a responsible staff member's files, or the whole unit for the
 * unit manager (whose approval queue is the CONTROL_APPROVAL filter), filtered by status
 * and SLA, 50 a page, sortable. The province is always the viewer's own unit.
 */
@Controller
class ControlQueueController {

	private final ControlQueue queue;

	private final Provinces provinces;

	ControlQueueController(ControlQueue queue, Provinces provinces) {
		this.queue = queue;
		this.provinces = provinces;
	}

	@GetMapping("/kosgeb/control")
	String queue(@AuthenticationPrincipal DestekUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sla, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ApplicationStatus statusFilter = parse(ApplicationStatus.class, status);
		boolean all = "ALL".equals(status);
		SlaStatus slaFilter = parse(SlaStatus.class, sla);
		ControlQueue.Sort order = parse(ControlQueue.Sort.class, sort);
		ControlQueue.Filter filter = new ControlQueue.Filter(statusFilter, all, slaFilter, order);
		model.addAttribute("filter", filter);
		model.addAttribute("statusParam", (statusFilter != null) ? statusFilter.name() : (all ? "ALL" : ""));
		model.addAttribute("manager", user.hasRole(Role.UNIT_MANAGER));
		model.addAttribute("statuses", ControlQueue.FILTERABLE);
		model.addAttribute("slaStatuses", SlaStatus.values());
		model.addAttribute("sorts", ControlQueue.Sort.values());
		if (user.getProvinceCode() == null || !user.hasAnyRole(Role.PROVINCE_UNIT_ROLES)) {
			model.addAttribute("noUnit", true);
			return "kosgeb/control/queue";
		}
		model.addAttribute("province",
				this.provinces.find(user.getProvinceCode())
					.map(Provinces.Province::name)
					.orElse(String.valueOf(user.getProvinceCode())));
		Page<ControlQueue.Row> rows = this.queue.page(user, filter, Math.max(0, page));
		model.addAttribute("page", rows);
		return "kosgeb/control/queue";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

}
