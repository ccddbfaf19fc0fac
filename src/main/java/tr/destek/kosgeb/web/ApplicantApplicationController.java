package tr.destek.kosgeb.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentRejectedException;
import tr.destek.enterprise.TaxNumber;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.AcceptedNextStep;
import tr.destek.kosgeb.ApplicantDecision;
import tr.destek.kosgeb.ApplicantDecisions;
import tr.destek.kosgeb.ApplicationAlreadyExistsException;
import tr.destek.kosgeb.ApplicationPart;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.Countdown;
import tr.destek.kosgeb.DocumentCategory;
import tr.destek.kosgeb.ExpenseKind;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.NotFoundException;

/**
 * The applicant's application: the detail page with status and timeline, starting the one
 * draft (MADDE 5(3)), and the form sections (report, expense items, bank, documents),
 * each saved on its own with POST-redirect-GET. Only the parts the state allows can be
 * changed (the aggregate refuses the others).
 */
@Controller
class ApplicantApplicationController {

	static final String EDIT = "kosgeb/application/edit";

	private final KosgebApplicationService applications;

	private final MessageSource messages;

	private final Clock clock;

	private final ObjectProvider<ApplicantDecisions> decisions;

	private final ObjectProvider<AcceptedNextStep> acceptedNextStep;

	ApplicantApplicationController(KosgebApplicationService applications, MessageSource messages, Clock clock,
			ObjectProvider<ApplicantDecisions> decisions, ObjectProvider<AcceptedNextStep> acceptedNextStep) {
		this.acceptedNextStep = acceptedNextStep;
		this.applications = applications;
		this.messages = messages;
		this.clock = clock;
		this.decisions = decisions;
	}

	@InitBinder({ "report", "item", "bank" })
	void initBinder(WebDataBinder binder) {
		KosgebForms.configure(binder);
	}

	@GetMapping("/kosgeb/application")
	String showApplication(@AuthenticationPrincipal DestekUser user, Model model) {
		Optional<KosgebApplication> found = this.applications.findForEnterprise(user.getEnterpriseId());
		if (found.isEmpty()) {
			return "redirect:/kosgeb/application/new";
		}
		KosgebApplication application = found.get();
		model.addAttribute("app", application);
		model.addAttribute("documents", this.applications.documents(application.getId()));
		model.addAttribute("timeline", this.applications.applicantTimeline(application));
		model.addAttribute("frozen", this.applications.frozenEligibility(application).orElse(null));
		model.addAttribute("bankName", bankName(application.getPreferredBankCode()));
		addCorrection(model, application);
		// MADDE 12(9),(10): the registered board decisions, never single members' votes
		ApplicantDecisions provider = this.decisions.getIfAvailable();
		model.addAttribute("decisions",
				(provider != null) ? provider.registeredFor(application.getId()) : List.<ApplicantDecision>of());
		// once accepted, the next step follows the loans (issue 10, point 8)
		AcceptedNextStep next = this.acceptedNextStep.getIfAvailable();
		if (application.getStatus() == ApplicationStatus.ACCEPTED && next != null) {
			model.addAttribute("nextStep", next.of(application.getId(), application.getEnterpriseId()));
		}
		return "kosgeb/application/detail";
	}

	@GetMapping("/kosgeb/application/new")
	String initStart(@AuthenticationPrincipal DestekUser user, Model model) {
		this.applications.findForEnterprise(user.getEnterpriseId())
			.ifPresent(existing -> model.addAttribute("existing", existing));
		return "kosgeb/application/start";
	}

	@PostMapping("/kosgeb/application/new")
	String processStart(@AuthenticationPrincipal DestekUser user, Model model, RedirectAttributes redirect) {
		try {
			this.applications.startDraft(user);
			redirect.addFlashAttribute("flashSuccessKey", "kosgeb.draft.started");
			return "redirect:/kosgeb/application/edit";
		}
		catch (ApplicationAlreadyExistsException ex) {
			// MADDE 5(3): one application per enterprise, whatever became of it
			this.applications.findForEnterprise(user.getEnterpriseId())
				.ifPresent(existing -> model.addAttribute("existing", existing));
			model.addAttribute("refused", true);
			return "kosgeb/application/start";
		}
	}

	@GetMapping("/kosgeb/application/edit")
	String initEdit(@AuthenticationPrincipal DestekUser user,
			@RequestParam(name = "item", required = false) Long itemId, Model model) {
		KosgebApplication application = own(user);
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
		return edit(model, application);
	}

	/*
	 * The edit page is ONE form posting every section (issue 10 point 3): each button
	 * posts to its section's address, and with "allSections" the report and bank typed so
	 * far are saved too, so saving one section never drops what was typed in another; a
	 * refused item or upload comes back with everything typed and the errors summarised
	 * at the top. A form opened before someone else's change answers 409 with the user's
	 * input and the current values (conflict), never losing what was typed. Without
	 * "allSections" (a client posting one section) only that section is saved.
	 */

	@PostMapping("/kosgeb/application/report")
	String processReport(@AuthenticationPrincipal DestekUser user, @Valid @ModelAttribute("report") ReportFormData form,
			BindingResult result, @ModelAttribute("bank") BankFormData bank, BindingResult bankResult,
			@ModelAttribute("item") ExpenseItemFormData item, BindingResult itemResult,
			@RequestParam(name = "allSections", defaultValue = "false") boolean allSections, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		forget(allSections, model, "bank", "item");
		if (result.hasErrors()) {
			return edit(model, own(user));
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
		forget(allSections, model, "report", "item");
		if (result.hasErrors() || (allSections && reportResult.hasErrors())) {
			return edit(model, own(user));
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
		forget(allSections, model, "report", "bank");
		String taxNumber = supplierTaxNumber(form, result);
		if (result.hasErrors() || (allSections && reportResult.hasErrors())) {
			return edit(model, own(user));
		}
		try {
			long version = allSections ? saveTyped(user, report, bank, bankResult) : form.getVersion();
			if (bankResult.hasErrors()) {
				return edit(model, own(user));
			}
			this.applications.addExpenseItem(user, version, form.toData(taxNumber));
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(model, user, response);
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
		forget(allSections, model, "report", "bank");
		String taxNumber = supplierTaxNumber(form, result);
		KosgebApplication current = own(user);
		current.expenseItem(itemId);
		if (result.hasErrors() || (allSections && reportResult.hasErrors())) {
			model.addAttribute("editingItemId", itemId);
			return edit(model, current);
		}
		try {
			long version = allSections ? saveTyped(user, report, bank, bankResult) : form.getVersion();
			if (bankResult.hasErrors()) {
				model.addAttribute("editingItemId", itemId);
				return edit(model, own(user));
			}
			this.applications.updateExpenseItem(user, version, itemId, form.toData(taxNumber));
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("editingItemId", itemId);
			return conflict(model, user, response);
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

	@PostMapping("/kosgeb/application/documents")
	String uploadDocument(@AuthenticationPrincipal DestekUser user,
			@RequestParam(name = "category", required = false) String category,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@Valid @ModelAttribute("report") ReportFormData report, BindingResult reportResult,
			@ModelAttribute("bank") BankFormData bank, BindingResult bankResult,
			@ModelAttribute("item") ExpenseItemFormData item, BindingResult itemResult,
			@RequestParam(name = "allSections", defaultValue = "false") boolean allSections, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		forget(allSections, model, "report", "bank", "item");
		DocumentCategory parsed = parseCategory(category);
		if (parsed == null) {
			uploadError(model, this.messages.getMessage("kosgeb.document.category.required", null, locale));
			return edit(model, own(user));
		}
		if (allSections && reportResult.hasErrors()) {
			model.addAttribute("uploadCategory", parsed.name());
			return edit(model, own(user));
		}
		try {
			if (allSections) {
				saveTyped(user, report, bank, bankResult);
				if (bankResult.hasErrors()) {
					model.addAttribute("uploadCategory", parsed.name());
					return edit(model, own(user));
				}
			}
			DocumentRef ref = this.applications.uploadDocument(user, parsed, file);
			keepTypedItem(allSections, item, redirect);
			redirect.addFlashAttribute("flashSuccess",
					this.messages.getMessage("kosgeb.document.uploaded", new Object[] { ref.filename() }, locale));
			return "redirect:/kosgeb/application/edit#documents-section";
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(model, user, response);
		}
		catch (DocumentRejectedException ex) {
			uploadError(model, this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			model.addAttribute("uploadCategory", parsed.name());
			KosgebApplication current = own(user);
			// what was typed elsewhere may have been saved just now: the form goes on
			// from the current version
			if (allSections && model.getAttribute("report") instanceof ReportFormData typed) {
				typed.setVersion(current.getVersion());
			}
			return edit(model, current);
		}
	}

	private static void uploadError(Model model, String message) {
		model.addAttribute("uploadError", message);
		tr.destek.platform.web.FormErrorSummary.add(model, "file", message);
	}

	@PostMapping("/kosgeb/application/documents/{documentId}/remove")
	String removeDocument(@AuthenticationPrincipal DestekUser user, @PathVariable Long documentId,
			RedirectAttributes redirect) {
		this.applications.removeDocument(user, documentId);
		redirect.addFlashAttribute("flashSuccessKey", "kosgeb.document.removed");
		return "redirect:/kosgeb/application/edit#documents-section";
	}

	// --- helpers ---

	/**
	 * Saves the typed report and bank sections in one version check and redirects; a bank
	 * that is no protocol bank is an error next to its field, a stale form a conflict.
	 */
	private String saveSections(DestekUser user, ReportFormData report, BankFormData bank, ExpenseItemFormData item,
			BindingResult bankResult, Model model, RedirectAttributes redirect, HttpServletResponse response,
			String messageKey, String anchor) {
		long version = (report != null) ? report.getVersion() : bank.getVersion();
		KosgebApplication current = own(user);
		boolean both = report != null && bank != null;
		try {
			// with all sections posted, a part not open to change was not on the page
			this.applications.saveSections(user, version,
					(report != null && (!both || current.isEditable(ApplicationPart.REPORT))) ? report.toReport()
							: null,
					(bank != null && (!both || current.isEditable(ApplicationPart.BANK))) ? chosenBank(bank) : null);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(model, user, response);
		}
		catch (IllegalArgumentException ex) {
			KosgebForms.reject(bankResult, "bankCode", "kosgeb.bank.unknown");
			return edit(model, own(user));
		}
		keepTypedItem(item != null, item, redirect);
		redirect.addFlashAttribute("flashSuccessKey", messageKey);
		return "redirect:/kosgeb/application/edit" + anchor;
	}

	/**
	 * Saves the typed report and bank before another section's change and answers the
	 * version that change must name.
	 */
	private long saveTyped(DestekUser user, ReportFormData report, BankFormData bank, BindingResult bankResult) {
		try {
			KosgebApplication current = own(user);
			return this.applications
				.saveSections(user, report.getVersion(),
						current.isEditable(ApplicationPart.REPORT) ? report.toReport() : null,
						current.isEditable(ApplicationPart.BANK) ? chosenBank(bank) : null)
				.getVersion();
		}
		catch (IllegalArgumentException ex) {
			KosgebForms.reject(bankResult, "bankCode", "kosgeb.bank.unknown");
			return report.getVersion();
		}
	}

	private static String chosenBank(BankFormData bank) {
		return (bank.getBankCode() == null || bank.getBankCode().isBlank()) ? null : bank.getBankCode().strip();
	}

	/**
	 * A client posting one section did not post the others: they are shown as saved, not
	 * as the empty values bound from the request.
	 */
	private static void forget(boolean allSections, Model model, String... sections) {
		if (!allSections) {
			for (String section : sections) {
				model.asMap().remove(section);
				model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + section);
			}
		}
	}

	/** An item typed but not added while another section was saved stays typed. */
	private static void keepTypedItem(boolean allSections, ExpenseItemFormData item, RedirectAttributes redirect) {
		if (allSections && item != null && item.isTyped()) {
			redirect.addFlashAttribute("item", item);
		}
	}

	/**
	 * A form opened before someone else's change (optimistic lock, issue 10 point 3): 409
	 * with the user's input kept in the form and the current saved values next to it; the
	 * form now names the current version, so sending it again is a deliberate choice.
	 */
	private String conflict(Model model, DestekUser user, HttpServletResponse response) {
		KosgebApplication current = own(user);
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("conflict", true);
		model.addAttribute("currentBankName", bankName(current.getPreferredBankCode()));
		Object report = model.getAttribute("report");
		if (report instanceof ReportFormData typed) {
			typed.setVersion(current.getVersion());
		}
		return edit(model, current);
	}

	private String edit(Model model, KosgebApplication application) {
		if (!model.containsAttribute("report")) {
			model.addAttribute("report", ReportFormData.of(application));
		}
		if (!model.containsAttribute("item")) {
			ExpenseItemFormData item = new ExpenseItemFormData();
			item.setVersion(application.getVersion());
			model.addAttribute("item", item);
		}
		if (!model.containsAttribute("bank")) {
			BankFormData bank = new BankFormData();
			bank.setVersion(application.getVersion());
			bank.setBankCode(application.getPreferredBankCode());
			model.addAttribute("bank", bank);
		}
		List<DocumentRef> documents = this.applications.documents(application.getId());
		model.addAttribute("app", application);
		model.addAttribute("documents", documents);
		model.addAttribute("banks", this.applications.protocolBanks());
		model.addAttribute("kinds", ExpenseKind.values());
		model.addAttribute("categories", DocumentCategory.values());
		model.addAttribute("blockers", this.applications.blockers(application, documents));
		model.addAttribute("requestedAmount", application.requestedAmount());
		model.addAttribute("parts", new EditableParts(application));
		addCorrection(model, application);
		return EDIT;
	}

	void addCorrection(Model model, KosgebApplication application) {
		if ((application.getStatus() == ApplicationStatus.CORRECTION_REQUESTED
				|| application.getStatus() == ApplicationStatus.BOARD_CORRECTION_REQUESTED)
				&& application.getCorrectionDeadline() != null) {
			model.addAttribute("countdown",
					Countdown.until(application.getCorrectionDeadline(), Instant.now(this.clock)));
		}
	}

	private String bankName(String code) {
		if (code == null) {
			return null;
		}
		return this.applications.protocolBanks()
			.stream()
			.filter(bank -> bank.code().equals(code))
			.map(bank -> bank.name())
			.findFirst()
			.orElse(code);
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

	private static DocumentCategory parseCategory(String category) {
		if (category == null) {
			return null;
		}
		for (DocumentCategory candidate : DocumentCategory.values()) {
			if (candidate.name().equals(category)) {
				return candidate;
			}
		}
		return null;
	}

	private KosgebApplication own(DestekUser user) {
		return this.applications.findForEnterprise(user.getEnterpriseId()).orElseThrow(NotFoundException::new);
	}

	/** Which sections the page lets the applicant change now. */
	public record EditableParts(boolean report, boolean items, boolean documents, boolean bank) {

		EditableParts(KosgebApplication application) {
			this(application.isEditable(ApplicationPart.REPORT), application.isEditable(ApplicationPart.EXPENSE_ITEMS),
					application.isEditable(ApplicationPart.DOCUMENTS), application.isEditable(ApplicationPart.BANK));
		}

	}

}
