package tr.destek.platform.mail;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /dev/outbox}: the mails of a development run without SMTP (anyone on that local
 * run may read them; SecurityConfiguration permits the path, which answers 404 wherever
 * the outbox is off).
 */
@Controller
@Conditional(DevOutboxCondition.class)
class DevOutboxController {

	private final DevOutbox outbox;

	DevOutboxController(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/dev/outbox")
	String outbox(Model model) {
		model.addAttribute("mails", this.outbox.latest());
		return "platform/dev-outbox";
	}

}
