package tr.destek.portal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Public home page; signed-in users go to their dashboard. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Authentication authentication) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/dashboard";
		}
		return "portal/home";
	}

}
