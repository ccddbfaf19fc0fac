package tr.destek.kosgeb.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.calendar.SlaStatus;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.BulkAssignment;
import tr.destek.kosgeb.ControlQueue;
import tr.destek.platform.DestekTime;
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

	private final BulkAssignment bulk;

	private final UserAccountService users;

	private final MessageSource messages;

	private final Clock clock;

	ControlQueueController(ControlQueue queue, Provinces provinces, BulkAssignment bulk, UserAccountService users,
			MessageSource messages, Clock clock) {
		this.clock = clock;
		this.queue = queue;
		this.provinces = provinces;
		this.bulk = bulk;
		this.users = users;
		this.messages = messages;
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
		// calendar days to the end of the running control period (MADDE 9(1), 18(15)),
		// negative when overdue (issue 10, point 7)
		LocalDate today = DestekTime.today(this.clock);
		Map<Long, Long> daysLeft = new HashMap<>();
		rows.forEach(r -> {
			if (r.sla() != null) {
				daysLeft.put(r.id(),
						ChronoUnit.DAYS.between(today, r.controlDueAt().atZone(DestekTime.ZONE).toLocalDate()));
			}
		});
		model.addAttribute("daysLeft", daysLeft);
		if (user.hasRole(Role.UNIT_MANAGER)) {
			// several files to one staff member at once (issue 10, point 9)
			model.addAttribute("unitStaff", this.users.staffOfProvince(Role.RESPONSIBLE_STAFF, user.getProvinceCode()));
		}
		return "kosgeb/control/queue";
	}

	/**
	 * The unit manager assigns or reassigns the files ticked in the queue to one
	 * responsible staff member (MADDE 9(1),(2)); each file is checked, audited and
	 * reported on its own.
	 */
	@PostMapping("/kosgeb/control/bulk-assign")
	String bulkAssign(@AuthenticationPrincipal DestekUser user,
			@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam(required = false) Long staffId,
			RedirectAttributes redirect, Locale locale) {
		if (!user.hasRole(Role.UNIT_MANAGER)) {
			throw new AccessDeniedException("only the unit manager assigns files");
		}
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("flashErrorKey", "kosgeb-control.bulk.none");
			return "redirect:/kosgeb/control";
		}
		if (ids.size() > BulkAssignment.MAX_FILES) {
			redirect.addFlashAttribute("flashError", this.messages.getMessage("kosgeb-control.bulk.too-many",
					new Object[] { BulkAssignment.MAX_FILES }, locale));
			return "redirect:/kosgeb/control";
		}
		if (staffId == null) {
			redirect.addFlashAttribute("flashErrorKey", "kosgeb-control.bulk.no-staff");
			return "redirect:/kosgeb/control";
		}
		List<BulkLine> lines = new ArrayList<>();
		for (BulkAssignment.Outcome outcome : this.bulk.assign(user, ids, staffId)) {
			lines.add(new BulkLine(outcome.applicationId(), outcome.reference(), outcome.done(),
					this.messages.getMessage(outcome.message(), locale)));
		}
		redirect.addFlashAttribute("bulkResults", lines);
		return "redirect:/kosgeb/control";
	}

	/** One file's result, as the next page shows it (kept in the session's flash). */
	record BulkLine(Long applicationId, String reference, boolean done, String text) implements Serializable {
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
