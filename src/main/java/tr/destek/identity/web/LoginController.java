package tr.destek.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (public). Spring Security processes the POST. */
@Controller
class LoginController {

	/** The longest wait the page will state, whatever the query string says. */
	private static final long MAX_WAIT_MINUTES = 24 * 60;

	@GetMapping("/login")
	String login(@RequestParam(name = "throttled", required = false) String throttled, Model model) {
		if (throttled != null) {
			model.addAttribute("throttledMinutes", minutes(throttled));
		}
		return "identity/login";
	}

	/**
	 * The minutes a throttled sign-in must wait, from the redirect's query string; never
	 * an error for a tampered value.
	 */
	private static long minutes(String value) {
		try {
			return Math.min(MAX_WAIT_MINUTES, Math.max(1, Long.parseLong(value.trim())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
