package tr.destek.notification.web;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.identity.CurrentUser;
import tr.destek.notification.NotificationInbox;
import tr.destek.platform.NotFoundException;

/**
 * The signed-in user's notifications (SecurityConfiguration: {@code /account/**} = signed
 * in). Only one's own: another user's notification id answers 404.
 */
@Controller
class NotificationController {

	static final int PAGE_SIZE = 20;

	private final NotificationInbox inbox;

	NotificationController(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/account/notifications")
	String list(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		Long reader = CurrentUser.require().getId();
		model.addAttribute("page", this.inbox.page(reader, PageRequest.of(Math.max(page, 0), PAGE_SIZE), locale));
		model.addAttribute("currentPage", Math.max(page, 0));
		return "notification/list";
	}

	@PostMapping("/account/notifications/{id}/read")
	String markRead(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean open, Locale locale, RedirectAttributes redirect) {
		Long reader = CurrentUser.require().getId();
		var notification = this.inbox.markRead(reader, id, locale).orElseThrow(NotFoundException::new);
		if (open && notification.link() != null) {
			return "redirect:" + notification.link();
		}
		redirect.addAttribute("page", Math.max(page, 0));
		return "redirect:/account/notifications";
	}

	@PostMapping("/account/notifications/read-all")
	String markAllRead(RedirectAttributes redirect) {
		int count = this.inbox.markAllRead(CurrentUser.require().getId());
		redirect.addFlashAttribute("markedRead", count);
		return "redirect:/account/notifications";
	}

}
