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
import tr.destek.enterprise.EnterpriseAccess;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;

/**
 * Read-only view of an enterprise for staff ({@link Role#STAFF_READING_ENTERPRISES})
 * whose file needs it ({@link EnterpriseAccess}); anyone else is answered 404. Staff see
 * the TCKNs of the declared persons masked (issue #9 point 5). An applicant asking for
 * its own enterprise goes to its profile; for another enterprise it gets 403 and never
 * the data.
 */
@Controller
class StaffEnterpriseController {

	private final EnterpriseAccess access;

	private final EnterpriseDetails details;

	StaffEnterpriseController(EnterpriseAccess access, EnterpriseDetails details) {
		this.access = access;
		this.details = details;
	}

	@GetMapping("/enterprises/{enterpriseId}")
	String showEnterprise(@AuthenticationPrincipal DestekUser user, @PathVariable Long enterpriseId, Model model,
			Locale locale) {
		if (user != null && !user.hasAnyRole(Role.STAFF_READING_ENTERPRISES)
				&& enterpriseId.equals(user.getEnterpriseId())) {
			return "redirect:/enterprise/profile";
		}
		Enterprise enterprise = this.access.findReadableBy(user, enterpriseId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.details.addTo(model, enterprise, locale);
		model.addAttribute("own", false);
		model.addAttribute(TcknDisplay.SHOW_TCKNS, this.access.showsTcknsTo(user, enterpriseId));
		return "enterprise/profile";
	}

}
