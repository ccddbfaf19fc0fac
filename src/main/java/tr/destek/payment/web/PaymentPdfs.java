package tr.destek.payment.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

import tr.destek.payment.Inspection;
import tr.destek.payment.Payment;
import tr.destek.payment.PaymentRequest;
import tr.destek.payment.PaymentService;
import tr.destek.platform.pdf.PdfDownloads;
import tr.destek.platform.pdf.PdfForm;
import tr.destek.platform.pdf.PdfRenderer;

/**
 * The payment forms as PDFs: Ödeme Talep Formu (FRM.34.00.08), Tespit Tutanağı
 * (FRM.34.00.09) and Ödeme Oluru (FRM.34.00.10), with their registry numbers.
 */
@Component
class PaymentPdfs {

	private final PdfRenderer pdf;

	private final MessageSource messages;

	PaymentPdfs(PdfRenderer pdf, MessageSource messages) {
		this.pdf = pdf;
		this.messages = messages;
	}

	ResponseEntity<byte[]> requestForm(PaymentService.RequestView view, Locale locale) {
		PaymentRequest request = view.request();
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("view", view);
		PdfForm form = PdfForm.of(PaymentRequest.FORM_CODE,
				this.messages.getMessage("payment.pdf.request.title", null, locale));
		if (request.getRegistryNumber() != null) {
			form = form.registered(request.getRegistryNumber(),
					request.getSubmittedAt().atZone(tr.destek.platform.DestekTime.ZONE).toLocalDate());
		}
		model.addAttribute(PdfRenderer.FORM, form);
		byte[] bytes = this.pdf.render("payment/request-pdf", model, locale);
		return PdfDownloads.attachment(bytes, this.messages.getMessage("payment.pdf.request.filename",
				new Object[] { request.getQuarterNumber(), request.getId() }, locale));
	}

	ResponseEntity<byte[]> oluru(PaymentService.RequestView view, Payment payment, Locale locale) {
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("view", view);
		model.addAttribute("payment", payment);
		PdfForm form = PdfForm.of(Payment.FORM_CODE, this.messages.getMessage("payment.pdf.oluru.title", null, locale))
			.registered(view.request().getRegistryNumber(), payment.getApprovedOn());
		model.addAttribute(PdfRenderer.FORM, form);
		byte[] bytes = this.pdf.render("payment/oluru-pdf", model, locale);
		return PdfDownloads.attachment(bytes, this.messages.getMessage("payment.pdf.oluru.filename",
				new Object[] { payment.getQuarterNumber(), view.request().getId() }, locale));
	}

	ResponseEntity<byte[]> inspection(Inspection inspection, Locale locale) {
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("inspection", inspection);
		PdfForm form = PdfForm
			.of(Inspection.FORM_CODE, this.messages.getMessage("payment.pdf.inspection.title", null, locale))
			.registered(inspection.getRegistryNumber(), inspection.getVisitDate());
		model.addAttribute(PdfRenderer.FORM, form);
		byte[] bytes = this.pdf.render("payment/inspection-pdf", model, locale);
		return PdfDownloads.attachment(bytes, this.messages.getMessage("payment.pdf.inspection.filename",
				new Object[] { inspection.getRegistryNumber() }, locale));
	}

}
