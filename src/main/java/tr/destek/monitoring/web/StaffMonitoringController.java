package tr.destek.monitoring.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.monitoring.MonitoringCase;
import tr.destek.monitoring.MonitoringRuleException;
import tr.destek.monitoring.MonitoringService;
import tr.destek.monitoring.PostSupportMonitoring;
import tr.destek.monitoring.Visit;
import tr.destek.platform.pdf.PdfDownloads;
import tr.destek.platform.pdf.PdfForm;
import tr.destek.platform.pdf.PdfRenderer;
import tr.destek.platform.web.RuleErrors;

/**
 * The province unit's monitoring (RESPONSIBLE_STAFF and UNIT_MANAGER of the case's
 * province; another province's case is not found): the cases with their next deadline, a
 * case with its maturity report, sampling draw and visits; responsible staff record the
 * Destek Sonrası İzleme Formu FRM.34.00.11 (MADDE 17(1)) and print it as PDF.
 */
@Controller
class StaffMonitoringController {

	private final MonitoringService monitoring;

	private final PostSupportMonitoring postSupport;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	StaffMonitoringController(MonitoringService monitoring, PostSupportMonitoring postSupport, PdfRenderer pdf,
			MessageSource messages) {
		this.monitoring = monitoring;
		this.postSupport = postSupport;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/kosgeb/control/monitoring")
	String list(@AuthenticationPrincipal DestekUser user, Model model) {
		if (user.getProvinceCode() == null) {
			model.addAttribute("cases", List.of());
			model.addAttribute("samples", java.util.Map.of());
			model.addAttribute("labels", java.util.Map.of());
			return "monitoring/staff-list";
		}
		List<MonitoringCase> cases = this.monitoring.overview(user.getProvinceCode());
		model.addAttribute("cases", cases);
		model.addAttribute("samples", this.postSupport.samples(cases.stream().map(MonitoringCase::getId).toList()));
		model.addAttribute("labels", this.monitoring.labels(cases));
		return "monitoring/staff-list";
	}

	@GetMapping("/kosgeb/control/monitoring/{caseId}")
	String show(@AuthenticationPrincipal DestekUser user, @PathVariable Long caseId, Model model) {
		MonitoringCase found = this.postSupport.caseForStaff(user, caseId);
		model.addAttribute("monitoringCase", found);
		this.monitoring.reportDocument(found).ifPresent(d -> model.addAttribute("reportDocument", d));
		model.addAttribute("sample", this.postSupport.sample(caseId).orElse(null));
		model.addAttribute("samplingDue", this.postSupport.samplingDue(found.getApplicationId()).orElse(null));
		model.addAttribute("visits", this.postSupport.visits(caseId));
		model.addAttribute("mayRecordVisit", user.hasRole(Role.RESPONSIBLE_STAFF));
		if (!model.containsAttribute("visit")) {
			model.addAttribute("visit", new VisitFormData());
		}
		return "monitoring/staff-case";
	}

	@PostMapping("/kosgeb/control/monitoring/{caseId}/visits")
	String recordVisit(@AuthenticationPrincipal DestekUser user, @PathVariable Long caseId,
			@Valid @ModelAttribute("visit") VisitFormData visit, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.postSupport.recordVisit(user, caseId, visit.toRecord());
				redirect.addFlashAttribute("flashSuccessKey", "monitoring.visit.recorded");
				return "redirect:/kosgeb/control/monitoring/" + caseId;
			}
			catch (MonitoringRuleException ex) {
				RuleErrors.reject(result, null, ex);
			}
		}
		return show(user, caseId, model);
	}

	@GetMapping("/kosgeb/control/monitoring/{caseId}/visits/{visitId}.pdf")
	ResponseEntity<byte[]> visitPdf(@AuthenticationPrincipal DestekUser user, @PathVariable Long caseId,
			@PathVariable Long visitId, Locale locale) {
		MonitoringCase found = this.postSupport.caseForStaff(user, caseId);
		Visit visit = this.postSupport.visit(caseId, visitId);
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("monitoringCase", found);
		model.addAttribute("visit", visit);
		model.addAttribute("sample", this.postSupport.sample(caseId).orElse(null));
		model.addAttribute(PdfRenderer.FORM,
				PdfForm.of(Visit.FORM_CODE, this.messages.getMessage("monitoring.visit.pdf.title", null, locale)));
		byte[] bytes = this.pdf.render("monitoring/visit-pdf", model, locale);
		return PdfDownloads.attachment(bytes, Visit.FORM_CODE + "-" + found.getReference() + ".pdf");
	}

}
