package tr.destek.kosgeb.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

import tr.destek.appeal.AppealService;
import tr.destek.appeal.Appeal;
import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.platform.pdf.PdfDownloads;
import tr.destek.platform.pdf.PdfForm;
import tr.destek.platform.pdf.PdfRenderer;

/**
 * The İtiraz Formu (FRM.34.00.06, MADDE 13(1)) as a PDF, for the applicant and the unit:
 * the application, the board decision appealed, the reasons, the documents, and the
 * unit's opinion once forwarded (MADDE 13(2)).
 */
@Component
class AppealPdf {

	static final String FORM_CODE = "FRM.34.00.06";

	private final AppealService appeals;

	private final EnterpriseService enterprises;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	AppealPdf(AppealService appeals, EnterpriseService enterprises, PdfRenderer pdf, MessageSource messages) {
		this.appeals = appeals;
		this.enterprises = enterprises;
		this.pdf = pdf;
		this.messages = messages;
	}

	ResponseEntity<byte[]> download(KosgebApplication application, Appeal appeal, Locale locale) {
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("app", application);
		model.addAttribute("appeal", appeal);
		model.addAttribute("enterpriseTitle",
				this.enterprises.find(application.getEnterpriseId()).map(Enterprise::getTitle).orElse(""));
		model.addAttribute("documents", this.appeals.documents(appeal.getId()));
		model.addAttribute(PdfRenderer.FORM,
				PdfForm.of(FORM_CODE, this.messages.getMessage("appeal.form.name", null, locale)));
		byte[] bytes = this.pdf.render("kosgeb/appeal/form-pdf", model, locale);
		return PdfDownloads.attachment(bytes,
				this.messages.getMessage("appeal.pdf.filename", new Object[] { application.getReference() }, locale));
	}

}
