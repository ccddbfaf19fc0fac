package tr.destek.portal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;

/** Every signed-in user's start page: what is theirs to do. */
@Controller
class DashboardController {

	@GetMapping("/dashboard")
	String dashboard(@AuthenticationPrincipal DestekUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("applicant", user.hasRole(Role.APPLICANT));
		return "portal/dashboard";
	}

}
