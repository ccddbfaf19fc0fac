package tr.destek.enterprise.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.platform.pdf.PdfDownloads;
import tr.destek.platform.pdf.PdfForm;
import tr.destek.platform.pdf.PdfRenderer;

/**
 * The İşletme Bilgi Formu: the signed-in applicant's own enterprise profile as a PDF. The
 * URL has no id: it is always the enterprise of the user who asks.
 */
@Controller
class EnterpriseProfilePdfController {

	/** Our own form code; the enterprise summary is not a regulation form. */
	static final String FORM_CODE = "DESTEK-ISL-01";

	private final EnterpriseService enterprises;

	private final EnterpriseDetails details;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	EnterpriseProfilePdfController(EnterpriseService enterprises, EnterpriseDetails details, PdfRenderer pdf,
			MessageSource messages) {
		this.enterprises = enterprises;
		this.details = details;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/enterprise/profile.pdf")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal DestekUser user, Locale locale) {
		Enterprise enterprise = EnterpriseProfileController.ownEnterprise(this.enterprises, user);
		ExtendedModelMap model = new ExtendedModelMap();
		this.details.addTo(model, enterprise, locale);
		// always the applicant's own enterprise: he sees what he typed (issue #9 point
		// 5);
		// without this attribute the template masks TCKNs
		model.addAttribute(TcknDisplay.SHOW_TCKNS, true);
		model.addAttribute(PdfRenderer.FORM,
				PdfForm.of(FORM_CODE, this.messages.getMessage("enterprise.pdf.title", null, locale)));
		byte[] bytes = this.pdf.render("enterprise/profile-pdf", model, locale);
		String filename = this.messages.getMessage("enterprise.pdf.filename",
				new Object[] { enterprise.getTaxNumber() }, locale);
		return PdfDownloads.attachment(bytes, filename);
	}

}
