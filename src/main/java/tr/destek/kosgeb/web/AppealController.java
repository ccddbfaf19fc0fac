package tr.destek.kosgeb.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.appeal.AppealService;
import tr.destek.appeal.AppealRefusedException;
import tr.destek.appeal.Appeal;
import tr.destek.document.DocumentDownloads;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentRejectedException;
import tr.destek.document.DocumentStore;
import tr.destek.document.KeptUploads;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.KosgebAppeals;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.platform.NotFoundException;

/**
 * The applicant's appeal (İtiraz, MADDE 13): the İtiraz Formu (FRM.34.00.06) with reasons
 * and documents while the appeal is open (once, within 15 days, MADDE 13(1)), the
 * appeal's state and the commission's decision afterwards, or the reason why no appeal is
 * possible (late, second, final — MADDE 13(1), 13(10)(b)). APPLICANT only, always the own
 * enterprise's application (the service looks it up from the signed-in user).
 */
@Controller
class AppealController {

	static final String VIEW = "kosgeb/appeal/applicant";

	/** The form whose documents are kept after a validation error (issue #10). */
	static final String KEPT_APPEAL = "appeal";

	private final KosgebAppeals appeals;

	private final AppealService appealService;

	private final DocumentStore documents;

	private final AppealPdf pdf;

	private final MessageSource messages;

	private final KeptUploads kept;

	AppealController(KosgebAppeals appeals, AppealService appealService, DocumentStore documents, AppealPdf pdf,
			MessageSource messages, KeptUploads kept) {
		this.appeals = appeals;
		this.appealService = appealService;
		this.documents = documents;
		this.pdf = pdf;
		this.messages = messages;
		this.kept = kept;
	}

	@GetMapping("/kosgeb/application/appeal")
	String show(@AuthenticationPrincipal DestekUser user, Model model, Locale locale) {
		return view(user, model, locale);
	}

	@PostMapping("/kosgeb/application/appeal")
	String submit(@AuthenticationPrincipal DestekUser user, @Valid @ModelAttribute("appealForm") AppealFormData form,
			BindingResult result, @RequestParam(name = "documents", required = false) List<MultipartFile> files,
			Model model, RedirectAttributes redirect, Locale locale) {
		if (result.hasErrors()) {
			keepDocuments(user, form, files, model, locale);
			return view(user, model, locale);
		}
		// issue #10: documents kept after an earlier validation error are attached too
		List<MultipartFile> all = new ArrayList<>();
		if (files != null) {
			all.addAll(files);
		}
		for (DocumentRef kept : this.kept.find(user.getId(), KEPT_APPEAL, form.getKeptDocumentIds())) {
			this.kept.file(user.getId(), KEPT_APPEAL, kept.id()).ifPresent(all::add);
		}
		try {
			this.appeals.submit(user, form.getVersion(), form.getReasons(), all);
		}
		catch (AppealRefusedException ex) {
			// late, second or final (MADDE 13(1), 13(10)(b)): nothing the applicant can
			// fix in the form
			redirect.addFlashAttribute("flashError",
					this.messages.getMessage(ex.getMessageKey(), ex.getArgs(), locale));
			return "redirect:/kosgeb/application/appeal";
		}
		catch (DocumentRejectedException ex) {
			model.addAttribute("documentsError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			keepDocuments(user, form, files, model, locale);
			return view(user, model, locale);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashErrorKey", "appeal.error.conflict");
			return "redirect:/kosgeb/application/appeal";
		}
		this.kept.discard(user.getId(), KEPT_APPEAL);
		redirect.addFlashAttribute("flashSuccessKey", "appeal.submitted");
		return "redirect:/kosgeb/application/appeal";
	}

	/**
	 * Keeps the chosen documents for the next submit and lists them on the form (issue
	 * #10); a refused file is not kept and its reason is shown next to the field.
	 */
	private void keepDocuments(DestekUser user, AppealFormData form, List<MultipartFile> files, Model model,
			Locale locale) {
		List<DocumentRef> kept = new ArrayList<>(this.kept.find(user.getId(), KEPT_APPEAL, form.getKeptDocumentIds()));
		for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
			try {
				this.kept.keep(user.getEnterpriseId(), user.getId(), KEPT_APPEAL, file).ifPresent(kept::add);
			}
			catch (DocumentRejectedException ex) {
				model.addAttribute("documentsError",
						this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			}
		}
		form.setKeptDocumentIds(new ArrayList<>(kept.stream().map(DocumentRef::id).toList()));
		model.addAttribute("keptDocuments", kept);
		model.addAttribute("keptNames", String.join(", ", kept.stream().map(DocumentRef::filename).toList()));
	}

	@GetMapping("/kosgeb/application/appeal/documents/{documentId}")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal DestekUser user, @PathVariable Long documentId) {
		Appeal appeal = this.appeals.ownAppeal(user).orElseThrow(NotFoundException::new);
		return DocumentDownloads.response(this.documents.open(this.appealService.document(appeal, documentId).id())
			.orElseThrow(NotFoundException::new));
	}

	@GetMapping("/kosgeb/application/appeal.pdf")
	ResponseEntity<byte[]> formPdf(@AuthenticationPrincipal DestekUser user, Locale locale) {
		KosgebApplication application = this.appeals.own(user);
		Appeal appeal = this.appeals.ownAppeal(user).orElseThrow(NotFoundException::new);
		return this.pdf.download(application, appeal, locale);
	}

	private String view(DestekUser user, Model model, Locale locale) {
		KosgebApplication application = this.appeals.own(user);
		Optional<Appeal> appeal = this.appeals.forApplication(application.getId());
		model.addAttribute("app", application);
		model.addAttribute("appeal", appeal.orElse(null));
		if (appeal.isPresent()) {
			model.addAttribute("documents", this.appealService.documents(appeal.get().getId()));
		}
		else {
			Optional<AppealRefusedException> refusal = this.appeals.refusal(application);
			refusal.ifPresent(r -> model.addAttribute("refusal",
					this.messages.getMessage(r.getMessageKey(), r.getArgs(), locale)));
			if (refusal.isEmpty() && !model.containsAttribute("appealForm")) {
				AppealFormData form = new AppealFormData();
				form.setVersion(application.getVersion());
				model.addAttribute("appealForm", form);
			}
		}
		model.addAttribute("minReasons", AppealService.MIN_REASONS);
		model.addAttribute("maxSizeBytes", this.documents.maxSizeBytes());
		return VIEW;
	}

}
