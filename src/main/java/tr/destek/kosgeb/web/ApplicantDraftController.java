package tr.destek.kosgeb.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.enterprise.TaxNumber;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.ApplicationPart;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;

/**
 * The applicant edits the draft or the parts opened for correction: the maturity report,
 * the expense items and the preferred bank, each saved on its own with POST-redirect-GET.
 * Only the parts the state allows can be changed (the aggregate refuses the others).
 * <p>
 * The edit page is ONE form posting every section (issue 10 point 3): each button posts
 * to its section's address, and with "allSections" the report and bank typed so far are
 * saved too, so saving one section never drops what was typed in another; a refused item
 * or upload comes back with everything typed and the errors summarised at the top. A form
 * opened before someone else's change answers 409 with the user's input and the current
 * values (conflict), never losing what was typed. Without "allSections" (a client posting
 * one section) only that section is saved.
 */
@Controller
class ApplicantDraftController {

	private final KosgebApplicationService applications;

	private final ApplicantEditPage page;

	ApplicantDraftController(KosgebApplicationService applications, ApplicantEditPage page) {
		this.applications = applications;
		this.page = page;
	}

	@InitBinder({ "report", "item", "bank" })
	void initBinder(WebDataBinder binder) {
		KosgebForms.configure(binder);
	}

	@GetMapping("/kosgeb/application/edit")
	String initEdit(@AuthenticationPrincipal DestekUser user,
			@RequestParam(name = "item", required = false) Long itemId, Model model) {
		KosgebApplication application = this.page.own(user);
		if (itemId != null) {
			// an item of another application is not found, whatever the own one's state
			application.expenseItem(itemId);
		}
		if (!application.getStatus().editableByApplicant()) {
			return "redirect:/kosgeb/application";
		}
		if (itemId != null) {
			model.addAttribute("item",
					ExpenseItemFormData.of(application.expenseItem(itemId), application.getVersion()));
			model.addAttribute("editingItemId", itemId);
		}
		return this.page.edit(model, application);
	}

	@PostMapping("/kosgeb/application/report")
	String processReport(@AuthenticationPrincipal DestekUser user, @Valid @ModelAttribute("report") ReportFormData form,
			BindingResult result, @ModelAttribute("bank") BankFormData bank, BindingResult bankResult,
			@ModelAttribute("item") ExpenseItemFormData item, BindingResult itemResult,
			@RequestParam(name = "allSections", defaultValue = "false") boolean allSections, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicantEditPage.forget(allSections, model, "bank", "item");
		if (result.hasErrors()) {
			return this.page.edit(model, this.page.own(user));
		}
		return saveSections(user, form, allSections ? bank : null, allSections ? item : null, bankResult, model,
				redirect, response, "kosgeb.report.saved", "#report-section");
	}

	@PostMapping("/kosgeb/application/bank")
	String processBank(@AuthenticationPrincipal DestekUser user, @Valid @ModelAttribute("bank") BankFormData form,
			BindingResult result, @Valid @ModelAttribute("report") ReportFormData report, BindingResult reportResult,
			@ModelAttribute("item") ExpenseItemFormData item, BindingResult itemResult,
			@RequestParam(name = "allSections", defaultValue = "false") boolean allSections, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicantEditPage.forget(allSections, model, "report", "item");
		if (result.hasErrors() || (allSections && reportResult.hasErrors())) {
			return this.page.edit(model, this.page.own(user));
		}
		return saveSections(user, allSections ? report : null, form, allSections ? item : null, result, model, redirect,
				response, "kosgeb.bank.saved", "#bank-section");
	}

	@PostMapping("/kosgeb/application/items")
	String processNewItem(@AuthenticationPrincipal DestekUser user,
			@Valid @ModelAttribute("item") ExpenseItemFormData form, BindingResult result,
			@Valid @ModelAttribute("report") ReportFormData report, BindingResult reportResult,
			@ModelAttribute("bank") BankFormData bank, BindingResult bankResult,
			@RequestParam(name = "allSections", defaultValue = "false") boolean allSections, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicantEditPage.forget(allSections, model, "report", "bank");
		String taxNumber = supplierTaxNumber(form, result);
		if (result.hasErrors() || (allSections && reportResult.hasErrors())) {
			return this.page.edit(model, this.page.own(user));
		}
		try {
			long version = allSections ? this.page.saveTyped(user, report, bank, bankResult) : form.getVersion();
			if (bankResult.hasErrors()) {
				return this.page.edit(model, this.page.own(user));
			}
			this.applications.addExpenseItem(user, version, form.toData(taxNumber));
		}
		catch (OptimisticLockingFailureException ex) {
			return this.page.conflict(model, user, response);
		}
		redirect.addFlashAttribute("flashSuccessKey", "kosgeb.item.added");
		return "redirect:/kosgeb/application/edit#items-section";
	}

	@PostMapping("/kosgeb/application/items/{itemId}")
	String processItem(@AuthenticationPrincipal DestekUser user, @PathVariable Long itemId,
			@Valid @ModelAttribute("item") ExpenseItemFormData form, BindingResult result,
			@Valid @ModelAttribute("report") ReportFormData report, BindingResult reportResult,
			@ModelAttribute("bank") BankFormData bank, BindingResult bankResult,
			@RequestParam(name = "allSections", defaultValue = "false") boolean allSections, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicantEditPage.forget(allSections, model, "report", "bank");
		String taxNumber = supplierTaxNumber(form, result);
		KosgebApplication current = this.page.own(user);
		current.expenseItem(itemId);
		if (result.hasErrors() || (allSections && reportResult.hasErrors())) {
			model.addAttribute("editingItemId", itemId);
			return this.page.edit(model, current);
		}
		try {
			long version = allSections ? this.page.saveTyped(user, report, bank, bankResult) : form.getVersion();
			if (bankResult.hasErrors()) {
				model.addAttribute("editingItemId", itemId);
				return this.page.edit(model, this.page.own(user));
			}
			this.applications.updateExpenseItem(user, version, itemId, form.toData(taxNumber));
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("editingItemId", itemId);
			return this.page.conflict(model, user, response);
		}
		redirect.addFlashAttribute("flashSuccessKey", "kosgeb.item.saved");
		return "redirect:/kosgeb/application/edit#items-section";
	}

	@PostMapping("/kosgeb/application/items/{itemId}/remove")
	String removeItem(@AuthenticationPrincipal DestekUser user, @PathVariable Long itemId,
			@RequestParam("version") long version, RedirectAttributes redirect) {
		this.applications.removeExpenseItem(user, version, itemId);
		redirect.addFlashAttribute("flashSuccessKey", "kosgeb.item.removed");
		return "redirect:/kosgeb/application/edit#items-section";
	}

	/**
	 * Saves the typed report and bank sections in one version check and redirects; a bank
	 * that is no protocol bank is an error next to its field, a stale form a conflict.
	 */
	private String saveSections(DestekUser user, ReportFormData report, BankFormData bank, ExpenseItemFormData item,
			BindingResult bankResult, Model model, RedirectAttributes redirect, HttpServletResponse response,
			String messageKey, String anchor) {
		long version = (report != null) ? report.getVersion() : bank.getVersion();
		KosgebApplication current = this.page.own(user);
		boolean both = report != null && bank != null;
		try {
			// with all sections posted, a part not open to change was not on the page
			this.applications.saveSections(user, version,
					(report != null && (!both || current.isEditable(ApplicationPart.REPORT))) ? report.toReport()
							: null,
					(bank != null && (!both || current.isEditable(ApplicationPart.BANK)))
							? ApplicantEditPage.chosenBank(bank) : null);
		}
		catch (OptimisticLockingFailureException ex) {
			return this.page.conflict(model, user, response);
		}
		catch (IllegalArgumentException ex) {
			KosgebForms.reject(bankResult, "bankCode", "kosgeb.bank.unknown");
			return this.page.edit(model, this.page.own(user));
		}
		ApplicantEditPage.keepTypedItem(item != null, item, redirect);
		redirect.addFlashAttribute("flashSuccessKey", messageKey);
		return "redirect:/kosgeb/application/edit" + anchor;
	}

	/**
	 * Validates the supplier's tax number (VKN or TCKN with its check digits, MADDE 18(9)
	 * compares it with the declared persons) and returns it normalised.
	 */
	private static String supplierTaxNumber(ExpenseItemFormData form, BindingResult result) {
		if (form.getSupplierTaxNumber() == null || form.getSupplierTaxNumber().isBlank()
				|| result.hasFieldErrors("supplierTaxNumber")) {
			return null;
		}
		Optional<TaxNumber> parsed = TaxNumber.tryParse(form.getSupplierTaxNumber().strip());
		if (parsed.isEmpty()) {
			KosgebForms.reject(result, "supplierTaxNumber", "kosgeb.item.supplierTaxNumber.invalid");
			return null;
		}
		return parsed.get().value();
	}

}
