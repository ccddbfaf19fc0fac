package tr.destek.board.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

import tr.destek.appeal.AppealService;
import tr.destek.board.AppealCommissionService;
import tr.destek.board.AppealDecision;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingService;
import tr.destek.platform.NotFoundException;
import tr.destek.platform.pdf.PdfDownloads;
import tr.destek.platform.pdf.PdfForm;
import tr.destek.platform.pdf.PdfRenderer;

/** Assembles the İtiraz Karar Formu (FRM.34.00.07) page and its PDF. */
@Component
class AppealDecisionForms {

	private final AppealCommissionService commission;

	private final MeetingService meetings;

	private final AppealService appeals;

	private final BoardWeb web;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	AppealDecisionForms(AppealCommissionService commission, MeetingService meetings, AppealService appeals,
			BoardWeb web, PdfRenderer pdf, MessageSource messages) {
		this.commission = commission;
		this.meetings = meetings;
		this.appeals = appeals;
		this.web = web;
		this.pdf = pdf;
		this.messages = messages;
	}

	AppealDecisionForm of(AppealDecision decision) {
		Meeting meeting = this.meetings.find(decision.getMeetingId());
		List<Long> sitting = this.commission.sittingMembers(decision);
		var appeal = this.appeals.forSubject(decision.getSubjectSource(), decision.getApplicationId())
			.orElseThrow(NotFoundException::new);
		return new AppealDecisionForm(decision, meeting, appeal, appeal.getReference(), sitting,
				this.web.names(sitting));
	}

	AppealDecisionForm of(Long decisionId) {
		return of(this.commission.decision(decisionId));
	}

	/** The form as a PDF with its form code, registry number, members and approvals. */
	ResponseEntity<byte[]> pdf(AppealDecisionForm form, Locale locale) {
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("form", form);
		PdfForm header = PdfForm.of(AppealDecision.FORM_CODE,
				this.messages.getMessage("appeal.decision.form-name", null, locale));
		if (form.decision().isRegistered()) {
			header = header.registered(form.decision().getRegistryNumber(), form.decision().getRegistryDate());
		}
		model.addAttribute(PdfRenderer.FORM, header);
		byte[] bytes = this.pdf.render("board/appeal/decision-pdf", model, locale);
		return PdfDownloads.attachment(bytes, this.messages.getMessage("appeal.decision.filename",
				new Object[] { form.applicationReference() }, locale));
	}

}
