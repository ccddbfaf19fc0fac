package tr.destek.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.identity.AccountCredentials;
import tr.destek.identity.DestekUser;
import tr.destek.identity.UserAccountService;

/**
 * The signed-in user's own account (SecurityConfiguration: {@code /account/**} =
 * authenticated): the page that asks an unconfirmed user to confirm his e-mail (and
 * resends the link), and the password change. The confirmation link itself
 * ({@code /email-confirmations/{token}}) is public: it is opened from the mailbox.
 */
@Controller
class AccountController {

	static final String LINK_INVALID_VIEW = "identity/link-invalid";

	private final AccountCredentials users;

	AccountController(AccountCredentials users) {
		this.users = users;
	}

	@GetMapping("/account/email-confirmation")
	String emailConfirmation(@AuthenticationPrincipal DestekUser user, Model model) {
		if (user.isEmailConfirmed()) {
			return "redirect:/dashboard";
		}
		model.addAttribute("email", user.getUsername());
		return "identity/email-confirmation";
	}

	@PostMapping("/account/email-confirmation")
	String resendEmailConfirmation(@AuthenticationPrincipal DestekUser user, RedirectAttributes redirect) {
		this.users.resendEmailConfirmation(user.getId());
		redirect.addFlashAttribute("flashSuccessKey", "identity.emailConfirmation.resent");
		return "redirect:/account/email-confirmation";
	}

	@GetMapping("/email-confirmations/{token}")
	String confirmEmail(@PathVariable String token, HttpServletResponse response) {
		try {
			this.users.confirmEmail(token);
			return "redirect:/login?confirmed";
		}
		catch (UserAccountService.InvalidActivationException ex) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return LINK_INVALID_VIEW;
		}
	}

	@GetMapping("/account/password")
	String initPasswordForm(Model model) {
		model.addAttribute("passwordForm", new NewPasswordFormData());
		return "identity/password-change";
	}

	@PostMapping("/account/password")
	String processPasswordForm(@AuthenticationPrincipal DestekUser user,
			@Valid @ModelAttribute("passwordForm") NewPasswordFormData form, BindingResult result,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "identity.required");
		}
		if (!result.hasErrors()) {
			try {
				this.users.changePassword(user.getId(), form.getCurrentPassword(), form.getPassword(),
						request.getSession().getId());
				redirect.addFlashAttribute("flashSuccessKey", "identity.password.changed");
				return "redirect:/account/password";
			}
			catch (UserAccountService.WrongPasswordException ex) {
				result.rejectValue("currentPassword", "identity.password.wrongCurrent");
			}
		}
		form.forget();
		return "identity/password-change";
	}

}
