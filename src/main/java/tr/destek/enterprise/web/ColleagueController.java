package tr.destek.enterprise.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.UserAccountService;

/**
 * The users of the applicant's enterprise, and invitations of colleagues. The invitation
 * link goes by e-mail to the invitee only; the inviter never sees it.
 */
@Controller
class ColleagueController {

	static final String VIEW = "enterprise/users";

	private final EnterpriseService enterprises;

	private final UserAccountService users;

	ColleagueController(EnterpriseService enterprises, UserAccountService users) {
		this.enterprises = enterprises;
		this.users = users;
	}

	@InitBinder("invitation")
	void initBinder(WebDataBinder binder) {
		FormErrors.configure(binder);
	}

	@GetMapping("/enterprise/users")
	String initInvitationForm(@AuthenticationPrincipal DestekUser user, Model model) {
		model.addAttribute("invitation", new InvitationFormData());
		return view(user, model);
	}

	@PostMapping("/enterprise/users")
	String processInvitationForm(@AuthenticationPrincipal DestekUser user,
			@Valid @ModelAttribute("invitation") InvitationFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			// the activation link goes to the invitee's mailbox only; an address that
			// already has an account gets the same answer (no account oracle)
			this.users.inviteColleague(user, form.getEmail(), form.getFullName());
			redirect.addFlashAttribute("invitedName", form.getFullName().trim());
			redirect.addFlashAttribute("invitedEmail", form.getEmail().trim());
			return "redirect:/enterprise/users";
		}
		return view(user, model);
	}

	private String view(DestekUser user, Model model) {
		Enterprise enterprise = EnterpriseProfileController.ownEnterprise(this.enterprises, user);
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("colleagues", this.users.colleagues(enterprise.getId()));
		return VIEW;
	}

}
