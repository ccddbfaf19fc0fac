package tr.destek.enterprise.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.InvalidEnterpriseChangeException;
import tr.destek.enterprise.InvalidNaceCodeException;
import tr.destek.enterprise.InvalidTaxNumberException;
import tr.destek.enterprise.LegalForm;
import tr.destek.enterprise.NaceCatalogue;
import tr.destek.enterprise.Registration;
import tr.destek.enterprise.TaxNumber;
import tr.destek.enterprise.TaxNumberTakenException;
import tr.destek.identity.UserAccountService;

/**
 * Public sign-up: the enterprise and its first applicant user are created together; the
 * user is then signed in and lands on the enterprise profile.
 */
@Controller
class SignupController {

	static final String VIEW = "enterprise/signup";

	private final EnterpriseService enterprises;

	private final NaceCatalogue catalogue;

	private final UserAccountService users;

	private final UserDetailsService userDetails;

	private final MessageSource messages;

	/**
	 * Where Spring Security's own sign-in keeps the context: the request, and the session
	 * (in PostgreSQL, Spring Session JDBC).
	 */
	private final SecurityContextRepository securityContexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	SignupController(EnterpriseService enterprises, NaceCatalogue catalogue, UserAccountService users,
			UserDetailsService userDetails, MessageSource messages) {
		this.enterprises = enterprises;
		this.catalogue = catalogue;
		this.users = users;
		this.userDetails = userDetails;
		this.messages = messages;
	}

	@InitBinder("signup")
	void initBinder(WebDataBinder binder) {
		FormErrors.configure(binder);
	}

	@ModelAttribute
	void referenceData(Model model) {
		model.addAttribute("provinces", this.catalogue.provinces());
		model.addAttribute("legalForms", Arrays.asList(LegalForm.values()));
		model.addAttribute("divisions", this.catalogue.divisions());
	}

	@GetMapping("/signup")
	String initSignupForm(Model model) {
		model.addAttribute("signup", new SignupFormData());
		return VIEW;
	}

	@PostMapping("/signup")
	String processSignupForm(@Valid @ModelAttribute("signup") SignupFormData form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		checkRules(form, result);
		if (!result.hasErrors()) {
			try {
				EnterpriseService.SignedUp signedUp = this.enterprises.signUp(
						new Registration(form.getTaxNumber(), form.getTitle(), form.getLegalForm(),
								form.getRegistrationDate(), form.getProvinceCode(), form.getNaceCode()),
						form.getEmail(), form.getFullName(), form.getPassword());
				signIn(signedUp.account().getEmail(), request, response);
				redirect.addFlashAttribute("flashSuccess",
						this.messages.getMessage("enterprise.signup.done", null, locale));
				return "redirect:/enterprise/profile";
			}
			catch (TaxNumberTakenException ex) {
				FormErrors.reject(result, "taxNumber", "enterprise.taxNumber.taken");
			}
			catch (UserAccountService.EmailTakenException ex) {
				FormErrors.reject(result, "email", "enterprise.email.taken");
			}
			catch (InvalidEnterpriseChangeException ex) {
				FormErrors.reject(result, ex);
			}
			catch (InvalidNaceCodeException ex) {
				FormErrors.reject(result, "naceCode", ex);
			}
			catch (InvalidTaxNumberException ex) {
				FormErrors.reject(result, "taxNumber", ex);
			}
		}
		// passwords are never sent back to the browser
		form.setPassword(null);
		form.setPasswordConfirmation(null);
		return VIEW;
	}

	/**
	 * The rules the form can check before anything is written, each next to its field.
	 */
	private void checkRules(SignupFormData form, BindingResult result) {
		if (!result.hasFieldErrors("taxNumber")) {
			try {
				TaxNumber taxNumber = TaxNumber.of(form.getTaxNumber());
				if (form.getLegalForm() != null && !form.getLegalForm().accepts(taxNumber.type())) {
					FormErrors.reject(result, "taxNumber", "enterprise.taxNumber.tcknOnlySoleProprietor");
				}
				else if (this.enterprises.taxNumberRegistered(taxNumber.value())) {
					FormErrors.reject(result, "taxNumber", "enterprise.taxNumber.taken");
				}
			}
			catch (InvalidTaxNumberException ex) {
				FormErrors.reject(result, "taxNumber", ex);
			}
		}
		if (!result.hasFieldErrors("registrationDate") && form.getRegistrationDate() != null
				&& form.getRegistrationDate().isAfter(this.enterprises.today())) {
			FormErrors.reject(result, "registrationDate", "enterprise.registrationDate.future");
		}
		if (!result.hasFieldErrors("provinceCode") && form.getProvinceCode() != null
				&& this.catalogue.province(form.getProvinceCode()).isEmpty()) {
			FormErrors.reject(result, "provinceCode", "enterprise.province.unknown");
		}
		if (!result.hasFieldErrors("naceCode")) {
			try {
				this.catalogue.code(form.getNaceCode());
			}
			catch (InvalidNaceCodeException ex) {
				FormErrors.reject(result, "naceCode", ex);
			}
		}
		if (!result.hasFieldErrors("email") && this.users.emailTaken(form.getEmail())) {
			FormErrors.reject(result, "email", "enterprise.email.taken");
		}
		if (!result.hasFieldErrors("passwordConfirmation") && form.getPassword() != null
				&& !form.getPassword().equals(form.getPasswordConfirmation())) {
			FormErrors.reject(result, "passwordConfirmation", "enterprise.password.mismatch");
		}
	}

	/** Signs the new user in, with a new session id (no session fixation). */
	private void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = this.userDetails.loadUserByUsername(email);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.securityContexts.saveContext(context, request, response);
	}

}
