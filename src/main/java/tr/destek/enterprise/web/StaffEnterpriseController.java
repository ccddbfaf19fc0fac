package tr.destek.enterprise.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;

/**
 * Read-only view of any enterprise for staff ({@link Role#STAFF_READING_ENTERPRISES}). An
 * applicant asking for its own enterprise goes to its profile; for another enterprise it
 * gets 403 and never the data.
 */
@Controller
class StaffEnterpriseController {

	private final EnterpriseService enterprises;

	private final EnterpriseDetails details;

	StaffEnterpriseController(EnterpriseService enterprises, EnterpriseDetails details) {
		this.enterprises = enterprises;
		this.details = details;
	}

	@GetMapping("/enterprises/{enterpriseId}")
	String showEnterprise(@AuthenticationPrincipal DestekUser user, @PathVariable Long enterpriseId, Model model,
			Locale locale) {
		if (!user.hasAnyRole(Role.STAFF_READING_ENTERPRISES) && enterpriseId.equals(user.getEnterpriseId())) {
			return "redirect:/enterprise/profile";
		}
		Enterprise enterprise = this.enterprises.findReadableBy(user, enterpriseId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.details.addTo(model, enterprise, locale);
		model.addAttribute("own", false);
		return "enterprise/profile";
	}

}
