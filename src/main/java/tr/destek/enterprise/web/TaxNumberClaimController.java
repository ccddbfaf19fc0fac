package tr.destek.enterprise.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.InvalidEnterpriseChangeException;
import tr.destek.enterprise.TaxNumberClaim;
import tr.destek.enterprise.TaxNumberClaims;
import tr.destek.platform.NotFoundException;

/**
 * Admin only (SecurityConfiguration: {@code /admin/**} = ADMIN): disputed tax numbers;
 * the admin releases a number to its claimant or rejects the claim, with a reason.
 */
@Controller
class TaxNumberClaimController {

	static final String VIEW = "enterprise/tax-number-claims";

	private final TaxNumberClaims claims;

	private final EnterpriseService enterprises;

	TaxNumberClaimController(TaxNumberClaims claims, EnterpriseService enterprises) {
		this.claims = claims;
		this.enterprises = enterprises;
	}

	@GetMapping("/admin/tax-number-claims")
	String list(Model model) {
		return view(model);
	}

	@PostMapping("/admin/tax-number-claims/{claimId}")
	String decide(Principal admin, @PathVariable Long claimId,
			@RequestParam(name = "decision", defaultValue = "") String decision,
			@RequestParam(name = "reason", defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		this.claims.find(claimId).orElseThrow(NotFoundException::new);
		try {
			if ("release".equals(decision)) {
				this.claims.release(claimId, reason, admin.getName());
				redirect.addFlashAttribute("flashSuccessKey", "enterprise.claims.released");
			}
			else if ("reject".equals(decision)) {
				this.claims.reject(claimId, reason, admin.getName());
				redirect.addFlashAttribute("flashSuccessKey", "enterprise.claims.rejected");
			}
			else {
				throw new NotFoundException();
			}
			return "redirect:/admin/tax-number-claims";
		}
		catch (InvalidEnterpriseChangeException ex) {
			model.addAttribute("errorClaimId", claimId);
			// a claim no longer pending has no form on the page: the message goes on top
			model.addAttribute("errorGlobal",
					this.claims.pending().stream().noneMatch(claim -> claim.getId().equals(claimId)));
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("typedReason", reason);
			return view(model);
		}
	}

	private String view(Model model) {
		Map<Long, Enterprise> holders = new LinkedHashMap<>();
		for (TaxNumberClaim claim : this.claims.pending()) {
			this.enterprises.find(claim.getHolderEnterpriseId())
				.ifPresent(holder -> holders.put(claim.getHolderEnterpriseId(), holder));
		}
		model.addAttribute("pending", this.claims.pending());
		model.addAttribute("holders", holders);
		model.addAttribute("decided", this.claims.recentlyDecided());
		return VIEW;
	}

}
