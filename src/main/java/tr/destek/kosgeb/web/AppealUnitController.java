package tr.destek.kosgeb.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.appeal.AppealService;
import tr.destek.appeal.AppealRefusedException;
import tr.destek.appeal.AppealDeadlines;
import tr.destek.appeal.Appeal;
import tr.destek.kosgeb.FileLabels;
import tr.destek.document.DocumentDownloads;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.NotFoundException;
import tr.destek.platform.web.RuleErrors;

/**
 * The unit's appeals (MADDE 13(2)): the responsible staff and unit managers of the
 * application's province see the appeals of their unit with the 15-day forwarding SLA
 * (warns, never blocks — MADDE 18(15)), read the İtiraz Formu and its documents, write
 * the unit's opinion and forward the appeal to the appeal commission. Anyone else gets
 * 404 from the service.
 */
@Controller
@RequestMapping("/kosgeb/control/appeals")
class AppealUnitController {

	private final FileLabels fileLabels;

	private final AppealService appeals;

	private final AppealDeadlines deadlines;

	private final KosgebApplicationService applications;

	private final DocumentStore documents;

	private final AppealPdf pdf;

	AppealUnitController(AppealService appeals, AppealDeadlines deadlines, KosgebApplicationService applications,
			DocumentStore documents, AppealPdf pdf, FileLabels fileLabels) {
		this.deadlines = deadlines;
		this.fileLabels = fileLabels;
		this.appeals = appeals;
		this.applications = applications;
		this.documents = documents;
		this.pdf = pdf;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal DestekUser user, Model model) {
		List<Appeal> queue = this.appeals.unitQueue(user);
		model.addAttribute("appeals", queue);
		model.addAttribute("slas", this.deadlines.forwardingSlas(queue));
		model.addAttribute("labels", this.fileLabels.of(queue.stream().map(Appeal::getSubjectId).toList()));
		return "kosgeb/appeal/queue";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		return view(user, id, model);
	}

	@PostMapping("/{id}/forward")
	String forward(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@Valid @ModelAttribute("opinionForm") OpinionFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(user, id, model);
		}
		try {
			this.appeals.forward(user, id, form.getVersion(), form.getOpinion());
		}
		catch (AppealRefusedException ex) {
			RuleErrors.reject(result, null, ex);
			return view(user, id, model);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashErrorKey", "appeal.error.conflict");
			return "redirect:/kosgeb/control/appeals/" + id;
		}
		redirect.addFlashAttribute("flashSuccessKey", "appeal.unit.forwarded");
		return "redirect:/kosgeb/control/appeals/" + id;
	}

	@GetMapping("/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@PathVariable Long documentId) {
		Appeal appeal = this.appeals.findForStaff(user, id);
		return DocumentDownloads.response(this.documents.open(this.appeals.document(appeal, documentId).id())
			.orElseThrow(NotFoundException::new));
	}

	@GetMapping("/{id}/form.pdf")
	ResponseEntity<byte[]> formPdf(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Locale locale) {
		Appeal appeal = this.appeals.findForStaff(user, id);
		return this.pdf.download(this.applications.find(appeal.getSubjectId()), appeal, locale);
	}

	private String view(DestekUser user, Long id, Model model) {
		Appeal appeal = this.appeals.findForStaff(user, id);
		KosgebApplication application = this.applications.find(appeal.getSubjectId());
		model.addAttribute("appeal", appeal);
		model.addAttribute("app", application);
		model.addAttribute("documents", this.appeals.documents(appeal.getId()));
		model.addAttribute("sla", this.deadlines.forwardingSla(appeal));
		model.addAttribute("decisionSla", this.deadlines.decisionSla(appeal).orElse(null));
		if (!model.containsAttribute("opinionForm")) {
			OpinionFormData form = new OpinionFormData();
			form.setVersion(appeal.getVersion());
			model.addAttribute("opinionForm", form);
		}
		return "kosgeb/appeal/unit";
	}

}
