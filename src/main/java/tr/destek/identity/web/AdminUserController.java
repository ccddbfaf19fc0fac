package tr.destek.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.identity.AccountAdministration;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService.EmailTakenException;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.NotFoundException;
import tr.destek.platform.Provinces;

/** Admin only (SecurityConfiguration: /admin/** = ADMIN): staff users and their roles. */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	private static final int PAGE_SIZE = 50;

	private final UserAccountService users;

	private final AccountAdministration administration;

	private final Clock clock;

	private final Provinces provinces;

	AdminUserController(UserAccountService users, AccountAdministration administration, Clock clock,
			Provinces provinces) {
		this.administration = administration;
		this.users = users;
		this.clock = clock;
		this.provinces = provinces;
	}

	@ModelAttribute("staffRoles")
	List<Role> staffRoles() {
		return Role.STAFF_ROLES.stream().toList();
	}

	@ModelAttribute("provinces")
	List<Provinces.Province> provinces() {
		return this.provinces.all();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<UserAccount> staff = this.users
			.staff(PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("fullName", "id")));
		model.addAttribute("page", staff);
		model.addAttribute("now", Instant.now(this.clock));
		return "identity/admin/users";
	}

	@GetMapping("/new")
	String initCreateForm(Model model) {
		model.addAttribute("form", new StaffUserFormData());
		return "identity/admin/user-new";
	}

	@PostMapping("/new")
	String processCreateForm(@Valid @ModelAttribute("form") StaffUserFormData form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return "identity/admin/user-new";
		}
		try {
			// the activation link goes to the new user's mailbox only, never to this page
			UserAccount account = this.users.createStaff(form.getEmail(), form.getFullName(), form.getRoles(),
					form.getProvinceCode());
			model.addAttribute("account", account);
			return "identity/admin/user-created";
		}
		catch (EmailTakenException ex) {
			result.rejectValue("email", "identity.email.taken");
			return "identity/admin/user-new";
		}
		catch (UserAccountService.ProvinceRequiredException ex) {
			result.rejectValue("provinceCode", "identity.admin.province.required");
			return "identity/admin/user-new";
		}
	}

	@GetMapping("/{id}")
	String initRolesForm(@PathVariable Long id, Model model) {
		UserAccount account = this.users.find(id).orElseThrow(NotFoundException::new);
		if (account.getEnterpriseId() != null) {
			throw new NotFoundException();
		}
		RolesFormData form = new RolesFormData();
		form.setRoles(new java.util.HashSet<>(account.getRoles()));
		form.setProvinceCode(account.getProvinceCode());
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("locked",
				account.getLockedUntil() != null && Instant.now(this.clock).isBefore(account.getLockedUntil()));
		return "identity/admin/user-edit";
	}

	@PostMapping("/{id}")
	String processRolesForm(@PathVariable Long id, @Valid @ModelAttribute("form") RolesFormData form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UserAccount account = this.users.find(id).orElseThrow(NotFoundException::new);
		if (account.getEnterpriseId() != null) {
			throw new NotFoundException();
		}
		if (result.hasErrors()) {
			model.addAttribute("account", account);
			model.addAttribute("locked", false);
			return "identity/admin/user-edit";
		}
		try {
			this.administration.changeRoles(id, form.getRoles(), form.getProvinceCode());
		}
		catch (UserAccountService.ProvinceRequiredException ex) {
			result.rejectValue("provinceCode", "identity.admin.province.required");
			model.addAttribute("account", account);
			model.addAttribute("locked", false);
			return "identity/admin/user-edit";
		}
		redirect.addFlashAttribute("flashSuccessKey", "identity.admin.roles.saved");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable Long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		this.users.find(id).filter(a -> a.getEnterpriseId() == null).orElseThrow(NotFoundException::new);
		this.administration.setEnabled(id, enabled);
		redirect.addFlashAttribute("flashSuccessKey",
				enabled ? "identity.admin.user.enabled" : "identity.admin.user.disabled");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable Long id, RedirectAttributes redirect) {
		this.users.find(id).filter(a -> a.getEnterpriseId() == null).orElseThrow(NotFoundException::new);
		this.administration.unlock(id);
		redirect.addFlashAttribute("flashSuccessKey", "identity.admin.user.unlocked");
		return "redirect:/admin/users/" + id;
	}

}
