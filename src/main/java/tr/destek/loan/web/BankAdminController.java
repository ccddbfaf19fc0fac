package tr.destek.loan.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.loan.BankApiKeys;
import tr.destek.loan.BankDirectory;
import tr.destek.loan.LoanRuleException;
import tr.destek.platform.web.RuleErrors;

/**
 * Administration of the protocol banks' access (ADMIN): which bank each bank officer
 * works for, and the banks' API keys (issued with the key shown once, revoked, last use
 * shown).
 */
@Controller
class BankAdminController {

	private final BankDirectory banks;

	private final BankApiKeys keys;

	BankAdminController(BankDirectory banks, BankApiKeys keys) {
		this.banks = banks;
		this.keys = keys;
	}

	@GetMapping("/admin/banks")
	String page(Model model) {
		model.addAttribute("banks", this.banks.banks());
		model.addAttribute("bankNames", this.banks.names());
		model.addAttribute("officers", this.banks.officers());
		model.addAttribute("keys", this.keys.all());
		if (!model.containsAttribute("officerForm")) {
			model.addAttribute("officerForm", new OfficerFormData());
		}
		if (!model.containsAttribute("keyForm")) {
			model.addAttribute("keyForm", new ApiKeyFormData());
		}
		return "loan/admin/banks";
	}

	@PostMapping("/admin/banks/officers")
	String assign(@Valid @ModelAttribute("officerForm") OfficerFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(model);
		}
		try {
			this.banks.assign(form.getUserId(), form.getBankCode());
		}
		catch (LoanRuleException ex) {
			RuleErrors.reject(result, ex);
			return page(model);
		}
		redirect.addFlashAttribute("flashSuccessKey", "loan.admin.officer.assigned");
		return "redirect:/admin/banks";
	}

	@PostMapping("/admin/banks/keys")
	String issue(@Valid @ModelAttribute("keyForm") ApiKeyFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(model);
		}
		try {
			BankApiKeys.IssuedKey issued = this.keys.issue(form.getBankCode(), form.getLabel());
			redirect.addFlashAttribute("issuedKey", issued);
		}
		catch (LoanRuleException ex) {
			RuleErrors.reject(result, ex);
			return page(model);
		}
		return "redirect:/admin/banks";
	}

	@PostMapping("/admin/banks/keys/{keyId}/revoke")
	String revoke(@PathVariable Long keyId, RedirectAttributes redirect) {
		this.keys.revoke(keyId);
		redirect.addFlashAttribute("flashSuccessKey", "loan.admin.key.revoked.flash");
		return "redirect:/admin/banks";
	}

}
