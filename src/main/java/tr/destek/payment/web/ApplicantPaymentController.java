package tr.destek.payment.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.document.DocumentDownloads;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentRejectedException;
import tr.destek.document.KeptUploads;
import tr.destek.identity.DestekUser;
import tr.destek.payment.InvoiceFiles;
import tr.destek.payment.PaymentRequest;
import tr.destek.payment.PaymentService;
import tr.destek.platform.NotFoundException;

/**
 * The applicant's payments (APPLICANT, own enterprise only — anything else is 404): the
 * loans with their installment periods, the payments with offsets and withheld shares
 * with their reasons (MADDE 15(3),(4),(7)), the asset lock (MADDE 18(12)), and the Ödeme
 * Talep Formu of a period (MADDE 15(1),(2),(8),(9),(17),(18)).
 */
@Controller
@RequestMapping("/kosgeb/application/payments")
class ApplicantPaymentController {

	static final String OVERVIEW = "payment/applicant-overview";

	static final String REQUEST = "payment/applicant-request";

	/** The form whose file is kept after a validation error (issue #10). */
	static final String KEPT_INVOICE = "payment-invoice";

	private final PaymentService payments;

	private final PaymentWeb web;

	private final PaymentPdfs pdfs;

	private final KeptUploads kept;

	private final InvoiceFiles invoiceFiles;

	ApplicantPaymentController(PaymentService payments, PaymentWeb web, PaymentPdfs pdfs, KeptUploads kept,
			InvoiceFiles invoiceFiles) {
		this.payments = payments;
		this.web = web;
		this.pdfs = pdfs;
		this.kept = kept;
		this.invoiceFiles = invoiceFiles;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal DestekUser user, Model model) {
		model.addAttribute("overview", this.payments.overviewForApplicant(user));
		if (!model.containsAttribute("openForm")) {
			model.addAttribute("openForm", new OpenRequestFormData());
		}
		return OVERVIEW;
	}

	@PostMapping("/requests")
	String open(@AuthenticationPrincipal DestekUser user, @Valid @ModelAttribute("openForm") OpenRequestFormData form,
			BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				PaymentRequest request = this.payments.open(user, form.getLoanId(), form.getQuarter(),
						form.getPaidOn());
				return "redirect:/kosgeb/application/payments/requests/" + request.getId();
			}
			catch (RuntimeException ex) {
				this.web.reject(result, ex);
			}
		}
		model.addAttribute("openLoanId", form.getLoanId());
		return overview(user, model);
	}

	@GetMapping("/requests/{id}")
	String request(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		PaymentService.RequestView view = this.payments.view(user, id);
		model.addAttribute("view", view);
		if (!model.containsAttribute("invoiceForm")) {
			InvoiceFormData invoice = new InvoiceFormData();
			invoice.setVersion(view.request().getVersion());
			model.addAttribute("invoiceForm", invoice);
		}
		return REQUEST;
	}

	@PostMapping("/requests/{id}/invoices")
	String addInvoice(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@Valid @ModelAttribute("invoiceForm") InvoiceFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// the caller's own request first (another's is not found): nothing is kept for a
		// request that is not his (isolation sweep, issue #9)
		this.payments.view(user, id);
		// issue #10: a file kept after an earlier validation error is used when none is
		// chosen
		MultipartFile file = form.getFile();
		if (file == null || file.isEmpty()) {
			file = this.kept.file(user.getId(), KEPT_INVOICE, form.getKeptFileId()).orElse(null);
		}
		if (!result.hasErrors()) {
			try {
				this.payments.addInvoice(user, id, form.getVersion(),
						new PaymentService.InvoiceData(form.getNumber(), form.getDate(), form.getSupplierVkn(),
								form.getExpenseItemId(), form.getAmountExclVat(), form.getVatAmount()),
						file);
				this.kept.discard(user.getId(), KEPT_INVOICE);
				redirect.addFlashAttribute("flashSuccessKey", "payment.invoice.added");
				return "redirect:/kosgeb/application/payments/requests/" + id + "#invoices";
			}
			catch (RuntimeException ex) {
				this.web.reject(result, ex);
			}
		}
		keepFile(user, form, result, model);
		return request(user, id, model);
	}

	/**
	 * Keeps the chosen invoice file for the next submit and shows its name (issue #10); a
	 * file refused for its content is not kept (its reason is next to the field).
	 */
	private void keepFile(DestekUser user, InvoiceFormData form, BindingResult result, Model model) {
		Long earlier = form.getKeptFileId();
		form.setKeptFileId(null);
		if (result.hasFieldErrors("file")) {
			return;
		}
		Optional<DocumentRef> kept;
		try {
			kept = this.kept.keep(user.getEnterpriseId(), user.getId(), KEPT_INVOICE, form.getFile());
		}
		catch (DocumentRejectedException ex) {
			this.web.reject(result, ex);
			return;
		}
		if (kept.isEmpty()) {
			// no new file chosen: the one kept earlier stays kept
			kept = this.kept.find(user.getId(), KEPT_INVOICE, java.util.Collections.singletonList(earlier))
				.stream()
				.findFirst();
		}
		kept.ifPresent(k -> {
			form.setKeptFileId(k.id());
			model.addAttribute("keptFile", k);
		});
	}

	@PostMapping("/requests/{id}/invoices/{invoiceId}/remove")
	String removeInvoice(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @PathVariable Long invoiceId,
			@RequestParam long version, RedirectAttributes redirect) {
		this.web.act(redirect, "payment.invoice.removed",
				() -> this.payments.removeInvoice(user, id, version, invoiceId));
		return "redirect:/kosgeb/application/payments/requests/" + id + "#invoices";
	}

	@PostMapping("/requests/{id}/invoices/{invoiceId}/file")
	String addMissingInvoiceFile(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@PathVariable Long invoiceId, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		this.web.act(redirect, "payment.invoice.file.added",
				() -> this.invoiceFiles.addMissing(user, id, invoiceId, file));
		return "redirect:/kosgeb/application/payments/requests/" + id + "#invoices";
	}

	@PostMapping("/requests/{id}/documents")
	String upload(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @RequestParam String category,
			@RequestParam long version, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		if (!PaymentService.PROOF.equals(category) && !PaymentService.REPORT.equals(category)) {
			throw new NotFoundException();
		}
		this.web.act(redirect, "payment.document.uploaded",
				() -> this.payments.upload(user, id, version, category, file));
		return "redirect:/kosgeb/application/payments/requests/" + id + "#documents";
	}

	@PostMapping("/requests/{id}/submit")
	String submit(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		this.web.act(redirect, "payment.request.submitted", () -> this.payments.submit(user, id, version));
		return "redirect:/kosgeb/application/payments/requests/" + id;
	}

	@GetMapping("/requests/{id}/form.pdf")
	ResponseEntity<byte[]> requestPdf(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Locale locale) {
		return this.pdfs.requestForm(this.payments.view(user, id), locale);
	}

	@GetMapping("/requests/{id}/oluru.pdf")
	ResponseEntity<byte[]> oluruPdf(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Locale locale) {
		return this.pdfs.oluru(this.payments.view(user, id), this.payments.payment(user, id), locale);
	}

	@GetMapping("/documents/{documentId}")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal DestekUser user, @PathVariable Long documentId) {
		return DocumentDownloads.response(this.payments.document(user, documentId));
	}

}
