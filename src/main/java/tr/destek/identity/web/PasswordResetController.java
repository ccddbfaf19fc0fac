package tr.destek.identity.web;

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
import org.springframework.web.bind.annotation.RequestParam;

import tr.destek.identity.AccountCredentials;
import tr.destek.identity.UserAccountService;

/**
 * "Forgot my password" (public): the request answers the same whether or not an account
 * has the address (no account oracle) and is throttled per address and per typed e-mail
 * (PasswordResetThrottleFilter); the reset link goes to the mailbox only.
 */
@Controller
class PasswordResetController {

	private final AccountCredentials users;

	PasswordResetController(AccountCredentials users) {
		this.users = users;
	}

	@InitBinder("passwordForm")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "currentPassword");
	}

	@GetMapping("/password/forgotten")
	String initRequestForm() {
		return "identity/password-forgotten";
	}

	@PostMapping("/password/forgotten")
	String processRequestForm(@RequestParam(name = "email", required = false) String email) {
		if (email != null && email.length() <= 254) {
			this.users.requestPasswordReset(email);
		}
		return "redirect:/password/forgotten?sent";
	}

	@GetMapping("/password/reset/{token}")
	String initResetForm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.users.passwordResetValid(token)) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return AccountController.LINK_INVALID_VIEW;
		}
		model.addAttribute("token", token);
		model.addAttribute("passwordForm", new NewPasswordFormData());
		return "identity/password-reset";
	}

	@PostMapping("/password/reset/{token}")
	String processResetForm(@PathVariable String token, @Valid @ModelAttribute("passwordForm") NewPasswordFormData form,
			BindingResult result, Model model, HttpServletResponse response) {
		if (!this.users.passwordResetValid(token)) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return AccountController.LINK_INVALID_VIEW;
		}
		if (!result.hasErrors()) {
			try {
				this.users.resetPassword(token, form.getPassword());
				return "redirect:/login?reset";
			}
			catch (UserAccountService.InvalidActivationException ex) {
				response.setStatus(HttpServletResponse.SC_NOT_FOUND);
				return AccountController.LINK_INVALID_VIEW;
			}
		}
		form.forget();
		model.addAttribute("token", token);
		return "identity/password-reset";
	}

}
