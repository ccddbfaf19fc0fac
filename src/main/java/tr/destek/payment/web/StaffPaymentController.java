package tr.destek.payment.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.document.DocumentDownloads;
import tr.destek.identity.DestekUser;
import tr.destek.payment.Payment;
import tr.destek.payment.PaymentLedgerCsv;
import tr.destek.payment.PaymentService;
import tr.destek.platform.ContentDispositions;
import tr.destek.platform.DestekTime;
import tr.destek.payment.PaymentRequestStatus;
import tr.destek.identity.Role;
import tr.destek.platform.web.Confirmation;

/**
 * Staff side of payments (RESPONSIBLE_STAFF, UNIT_MANAGER of the application's province):
 * the requests of the unit, one request with its checks and the Ödeme Oluru — the expert
 * prepares, the unit manager approves or returns it (MADDE 15(5)) — and the payments
 * ledger with its CSV export.
 */
@Controller
@RequestMapping("/kosgeb/control/payments")
class StaffPaymentController {

	private final PaymentService payments;

	private final PaymentWeb web;

	private final PaymentPdfs pdfs;

	private final Clock clock;

	private final tr.destek.platform.MoneyFormat money;

	StaffPaymentController(PaymentService payments, PaymentWeb web, PaymentPdfs pdfs, Clock clock,
			tr.destek.platform.MoneyFormat money) {
		this.money = money;
		this.payments = payments;
		this.web = web;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal DestekUser user, Model model) {
		List<PaymentService.QueueRow> requests = this.payments.queue(user);
		model.addAttribute("requests", requests);
		model.addAttribute("labels", this.payments.labels(requests));
		return "payment/staff-queue";
	}

	@GetMapping("/requests/{id}")
	String show(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		PaymentService.RequestView view = this.payments.view(user, id);
		model.addAttribute("view", view);
		if (!model.containsAttribute("prepareForm")) {
			PrepareFormData prepare = new PrepareFormData();
			prepare.setVersion(view.request().getVersion());
			model.addAttribute("prepareForm", prepare);
		}
		if (!model.containsAttribute("returnForm")) {
			ReturnOluruFormData returnForm = new ReturnOluruFormData();
			returnForm.setVersion(view.request().getVersion());
			model.addAttribute("returnForm", returnForm);
		}
		return "payment/staff-request";
	}

	@PostMapping("/requests/{id}/prepare")
	String prepare(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@Valid @ModelAttribute("prepareForm") PrepareFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.payments.prepare(user, id, form.getVersion(), form.getKosgebOverdueDebt(), form.getTaxDebt(),
						form.getSgkDebt());
				redirect.addFlashAttribute("flashSuccessKey", "payment.oluru.prepared");
				return "redirect:/kosgeb/control/payments/requests/" + id;
			}
			catch (RuntimeException ex) {
				this.web.reject(result, ex);
			}
		}
		return show(user, id, model);
	}

	/**
	 * Approving the Ödeme Oluru pays and cannot be undone (MADDE 15, 18(12)): a
	 * confirmation page first with the amounts, which works without JavaScript (issue 10
	 * point 12).
	 */
	@GetMapping("/requests/{id}/approve")
	String confirmApprove(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, Model model) {
		PaymentService.RequestView view = this.payments.view(user, id);
		if (view.request().getStatus() != PaymentRequestStatus.PREPARED || view.preview() == null
				|| !user.hasRole(Role.UNIT_MANAGER)) {
			return "redirect:/kosgeb/control/payments/requests/" + id;
		}
		return Confirmation
			.of("payment.oluru.confirm.title", "/kosgeb/control/payments/requests/" + id + "/approve",
					"/kosgeb/control/payments/requests/" + id)
			.row("payment.oluru.confirm.application", view.file().reference())
			.row("payment.oluru.confirm.quarter", view.request().getQuarterNumber())
			.row("payment.oluru.payable", this.money.format(view.preview().payable()))
			.hidden("version", view.request().getVersion())
			.consequence("payment.oluru.confirm.consequence")
			.button("payment.oluru.approve", "confirm-approve-oluru")
			.show(model);
	}

	@PostMapping("/requests/{id}/approve")
	String approve(@AuthenticationPrincipal DestekUser user, @PathVariable Long id, @RequestParam long version,
			RedirectAttributes redirect) {
		this.web.act(redirect, "payment.oluru.approved", () -> this.payments.approve(user, id, version));
		return "redirect:/kosgeb/control/payments/requests/" + id;
	}

	@PostMapping("/requests/{id}/return")
	String returnToExpert(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@Valid @ModelAttribute("returnForm") ReturnOluruFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.payments.returnToExpert(user, id, form.getVersion(), form.getReason());
				redirect.addFlashAttribute("flashSuccessKey", "payment.oluru.returned");
				return "redirect:/kosgeb/control/payments/requests/" + id;
			}
			catch (RuntimeException ex) {
				this.web.reject(result, ex);
			}
		}
		return show(user, id, model);
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

	@GetMapping("/ledger")
	String ledger(@AuthenticationPrincipal DestekUser user, @RequestParam(required = false) Short province,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate start = (from != null) ? from : today().withDayOfYear(1);
		LocalDate end = (to != null) ? to : today();
		List<Payment> rows = this.payments.ledger(user, province, start, end);
		model.addAttribute("rows", rows);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("province", (user.getProvinceCode() != null) ? user.getProvinceCode() : province);
		model.addAttribute("provinceFixed", user.getProvinceCode() != null);
		model.addAttribute("totals", PaymentLedgerCsv.totals(rows));
		return "payment/ledger";
	}

	@GetMapping("/ledger.csv")
	ResponseEntity<byte[]> ledgerCsv(@AuthenticationPrincipal DestekUser user,
			@RequestParam(required = false) Short province,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate start = (from != null) ? from : today().withDayOfYear(1);
		LocalDate end = (to != null) ? to : today();
		String csv = PaymentLedgerCsv.write(this.payments.ledger(user, province, start, end));
		byte[] body = csv.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDispositions.attachment("odemeler-" + start + "-" + end + ".csv"))
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(DestekTime.ZONE));
	}

}
