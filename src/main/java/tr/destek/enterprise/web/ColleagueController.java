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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.UserAccountService;

/**
 * The users of the applicant's enterprise, and invitations of colleagues. The invitation
 * link is shown to the inviter to pass on (e-mail delivery comes later).
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
		if (!result.hasFieldErrors("email") && this.users.emailTaken(form.getEmail())) {
			FormErrors.reject(result, "email", "enterprise.email.taken");
		}
		if (!result.hasErrors()) {
			try {
				UserAccountService.Activation activation = this.users.inviteColleague(user, form.getEmail(),
						form.getFullName());
				redirect.addFlashAttribute("invitedName", activation.account().getFullName());
				redirect.addFlashAttribute("invitationLink",
						ServletUriComponentsBuilder.fromCurrentContextPath()
							.path("/invitations/{token}")
							.buildAndExpand(activation.token())
							.toUriString());
				return "redirect:/enterprise/users";
			}
			catch (UserAccountService.EmailTakenException ex) {
				FormErrors.reject(result, "email", "enterprise.email.taken");
			}
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
