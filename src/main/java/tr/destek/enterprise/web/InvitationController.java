package tr.destek.enterprise.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import tr.destek.identity.AccountCredentials;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.web.RuleErrors;

/**
 * Public page of an invitation link: the invited colleague sets a password and then signs
 * in. An unknown or expired link gets a page that says so.
 */
@Controller
class InvitationController {

	static final String VIEW = "enterprise/invitation";

	static final String INVALID_VIEW = "enterprise/invitation-invalid";

	private final AccountCredentials users;

	InvitationController(AccountCredentials users) {
		this.users = users;
	}

	@InitBinder("passwordForm")
	void initBinder(WebDataBinder binder) {
		FormErrors.configure(binder);
	}

	@GetMapping("/invitations/{token}")
	String initPasswordForm(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<UserAccount> account = this.users.findActivation(token);
		if (account.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return INVALID_VIEW;
		}
		model.addAttribute("account", account.get());
		model.addAttribute("token", token);
		model.addAttribute("passwordForm", new PasswordFormData());
		return VIEW;
	}

	@PostMapping("/invitations/{token}")
	String processPasswordForm(@PathVariable String token, @Valid @ModelAttribute("passwordForm") PasswordFormData form,
			BindingResult result, Model model, HttpServletResponse response) {
		Optional<UserAccount> account = this.users.findActivation(token);
		if (account.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return INVALID_VIEW;
		}
		if (!result.hasErrors()) {
			try {
				this.users.activate(token, form.getPassword());
				return "redirect:/login?activated";
			}
			catch (UserAccountService.InvalidActivationException ex) {
				response.setStatus(HttpServletResponse.SC_NOT_FOUND);
				return INVALID_VIEW;
			}
		}
		form.setPassword(null);
		form.setPasswordConfirmation(null);
		model.addAttribute("account", account.get());
		model.addAttribute("token", token);
		return VIEW;
	}

}
