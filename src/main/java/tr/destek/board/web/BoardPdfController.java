package tr.destek.board.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tr.destek.board.BoardDocuments;
import tr.destek.board.CommitmentSignature;
import tr.destek.board.Decision;
import tr.destek.board.InformationForm;
import tr.destek.board.InformationFormService;
import tr.destek.identity.DestekUser;
import tr.destek.platform.pdf.PdfDownloads;
import tr.destek.platform.pdf.PdfForm;
import tr.destek.platform.pdf.PdfRenderer;

/**
 * The board's forms as PDFs, rendered from the same fragments as the pages: Kurul
 * Bilgilendirme Formu (FRM.34.00.03), Gizlilik ve Tarafsızlık Taahhütnamesi
 * (FRM.34.00.04) as signed, Kurul Karar Formu (FRM.34.00.05) with its registry number and
 * the members' e-approvals. Access: the secretariat any; a member only for a meeting
 * whose commitment he signed and items he sits for (MADDE 12(11), 18(10)); the applicant
 * only the registered Karar Formu of its own application (404 otherwise).
 */
@Controller
class BoardPdfController {

	private final InformationFormService information;

	private final BoardDocuments documents;

	private final DecisionForms decisionForms;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	BoardPdfController(InformationFormService information, BoardDocuments documents, DecisionForms decisionForms,
			PdfRenderer pdf, MessageSource messages) {
		this.information = information;
		this.documents = documents;
		this.decisionForms = decisionForms;
		this.pdf = pdf;
		this.messages = messages;
	}

	// --- FRM.34.00.03 ---

	@GetMapping("/board/secretariat/meetings/{id}/items/{itemId}/information/pdf")
	ResponseEntity<byte[]> informationForSecretariat(@PathVariable Long id, @PathVariable Long itemId, Locale locale) {
		return information(this.information.forSecretariat(id, itemId), locale);
	}

	@GetMapping("/board/member/meetings/{id}/items/{itemId}/information/pdf")
	ResponseEntity<byte[]> informationForMember(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@PathVariable Long itemId, Locale locale) {
		return information(this.information.forMember(id, itemId, user.getId()), locale);
	}

	private ResponseEntity<byte[]> information(InformationForm info, Locale locale) {
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("info", info);
		model.addAttribute(PdfRenderer.FORM,
				PdfForm.of(InformationForm.FORM_CODE, text("board.information.heading", locale)));
		return PdfDownloads.attachment(this.pdf.render("board/pdf/information", model, locale), this.messages
			.getMessage("board.pdf.filename.information", new Object[] { info.subject().reference() }, locale));
	}

	// --- FRM.34.00.04 ---

	@GetMapping("/board/member/meetings/{id}/commitment/pdf")
	ResponseEntity<byte[]> ownCommitment(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			Locale locale) {
		return commitment(id, user.getId(), locale);
	}

	@GetMapping("/board/secretariat/meetings/{id}/commitments/{userId}/pdf")
	ResponseEntity<byte[]> commitmentForSecretariat(@PathVariable Long id, @PathVariable Long userId, Locale locale) {
		return commitment(id, userId, locale);
	}

	private ResponseEntity<byte[]> commitment(Long meetingId, Long userId, Locale locale) {
		BoardDocuments.SignedCommitment signed = this.documents.signedCommitment(meetingId, userId);
		CommitmentSignature signature = signed.signature();
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("meeting", signed.meeting());
		model.addAttribute("signature", signature);
		model.addAttribute("memberName", signed.memberName());
		model.addAttribute("commitmentLines", signed.text().text(locale).lines().filter(l -> !l.isBlank()).toList());
		model.addAttribute(PdfRenderer.FORM,
				PdfForm.of(signed.text().getFormCode(), text("board.pdf.commitment.title", locale)));
		return PdfDownloads.attachment(this.pdf.render("board/pdf/commitment", model, locale), this.messages
			.getMessage("board.pdf.filename.commitment", new Object[] { signed.memberName() }, locale));
	}

	// --- FRM.34.00.05 ---

	@GetMapping("/board/secretariat/decisions/{id}/pdf")
	ResponseEntity<byte[]> decisionForSecretariat(@PathVariable Long id, Locale locale) {
		return decision(id, locale);
	}

	@GetMapping("/board/member/decisions/{id}/pdf")
	ResponseEntity<byte[]> decisionForMember(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			Locale locale) {
		this.documents.requireSatFor(id, user.getId());
		return decision(id, locale);
	}

	@GetMapping("/kosgeb/application/decisions/{id}/pdf")
	ResponseEntity<byte[]> decisionForApplicant(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			Locale locale) {
		this.documents.decisionForApplicant(id, user);
		return decision(id, locale);
	}

	private ResponseEntity<byte[]> decision(Long decisionId, Locale locale) {
		DecisionForm form = this.decisionForms.of(decisionId);
		Decision decision = form.decision();
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("form", form);
		PdfForm pdfForm = PdfForm.of(Decision.FORM_CODE, text("board.decision.form-title", locale));
		model.addAttribute(PdfRenderer.FORM, decision.isRegistered()
				? pdfForm.registered(decision.getRegistryNumber(), decision.getRegistryDate()) : pdfForm);
		String name = decision.isRegistered() ? decision.getRegistryNumber() : form.applicationReference();
		return PdfDownloads.attachment(this.pdf.render("board/pdf/decision", model, locale),
				this.messages.getMessage("board.pdf.filename.decision", new Object[] { name }, locale));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
