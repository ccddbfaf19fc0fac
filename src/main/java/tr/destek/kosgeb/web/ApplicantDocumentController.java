package tr.destek.kosgeb.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentRejectedException;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.DocumentCategory;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.web.FormErrorSummary;

/**
 * The applicant uploads and removes the application's documents (the documents section of
 * the edit page). With "allSections" the report and bank typed so far are saved first,
 * and an item typed but not added stays typed (issue 10 point 3).
 */
@Controller
class ApplicantDocumentController {

	private final KosgebApplicationService applications;

	private final ApplicantEditPage page;

	private final MessageSource messages;

	ApplicantDocumentController(KosgebApplicationService applications, ApplicantEditPage page, MessageSource messages) {
		this.applications = applications;
		this.page = page;
		this.messages = messages;
	}

	@InitBinder({ "report", "item", "bank" })
	void initBinder(WebDataBinder binder) {
		KosgebForms.configure(binder);
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
		ApplicantEditPage.forget(allSections, model, "report", "bank", "item");
		DocumentCategory parsed = parseCategory(category);
		if (parsed == null) {
			uploadError(model, this.messages.getMessage("kosgeb.document.category.required", null, locale));
			return this.page.edit(model, this.page.own(user));
		}
		if (allSections && reportResult.hasErrors()) {
			model.addAttribute("uploadCategory", parsed.name());
			return this.page.edit(model, this.page.own(user));
		}
		try {
			if (allSections) {
				this.page.saveTyped(user, report, bank, bankResult);
				if (bankResult.hasErrors()) {
					model.addAttribute("uploadCategory", parsed.name());
					return this.page.edit(model, this.page.own(user));
				}
			}
			DocumentRef ref = this.applications.uploadDocument(user, parsed, file);
			ApplicantEditPage.keepTypedItem(allSections, item, redirect);
			redirect.addFlashAttribute("flashSuccess",
					this.messages.getMessage("kosgeb.document.uploaded", new Object[] { ref.filename() }, locale));
			return "redirect:/kosgeb/application/edit#documents-section";
		}
		catch (OptimisticLockingFailureException ex) {
			return this.page.conflict(model, user, response);
		}
		catch (DocumentRejectedException ex) {
			uploadError(model, this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			model.addAttribute("uploadCategory", parsed.name());
			KosgebApplication current = this.page.own(user);
			// what was typed elsewhere may have been saved just now: the form goes on
			// from the current version
			if (allSections && model.getAttribute("report") instanceof ReportFormData typed) {
				typed.setVersion(current.getVersion());
			}
			return this.page.edit(model, current);
		}
	}

	@PostMapping("/kosgeb/application/documents/{documentId}/remove")
	String removeDocument(@AuthenticationPrincipal DestekUser user, @PathVariable Long documentId,
			RedirectAttributes redirect) {
		this.applications.removeDocument(user, documentId);
		redirect.addFlashAttribute("flashSuccessKey", "kosgeb.document.removed");
		return "redirect:/kosgeb/application/edit#documents-section";
	}

	private static void uploadError(Model model, String message) {
		model.addAttribute("uploadError", message);
		FormErrorSummary.add(model, "file", message);
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

}
