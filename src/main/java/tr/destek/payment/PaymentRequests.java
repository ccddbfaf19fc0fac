package tr.destek.payment;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditTrail;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.platform.NotFoundException;

/**
 * The applicant's side of a payment request (MADDE 15(1),(2),(8),(9)): the Ödeme Talep
 * Formu of one period of a disbursed schedule, its invoices with their scans, the
 * installment's proof and the İşletme Değerlendirme Raporu, and its submission.
 */
@Service
class PaymentRequests {

	private final PaymentRequestRepository requests;

	private final PaymentViews views;

	private final PaymentPorts ports;

	private final DocumentStore documents;

	private final PaymentNotices notices;

	private final AuditTrail audit;

	private final Clock clock;

	PaymentRequests(PaymentRequestRepository requests, PaymentViews views, PaymentPorts ports, DocumentStore documents,
			PaymentNotices notices, AuditTrail audit, Clock clock) {
		this.requests = requests;
		this.views = views;
		this.ports = ports;
		this.documents = documents;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	PaymentRequest open(DestekUser applicant, Long scheduleId, int quarterNumber, LocalDate paidOn) {
		PayableFile file = this.ports.ownFile(applicant);
		PaymentRules.refuseWhenStopped(file);
		SupportSchedule schedule = this.ports.grants(file.source())
			.disbursed(scheduleId)
			.filter(l -> l.fileId().equals(file.fileId()))
			.orElseThrow(NotFoundException::new);
		SupportSchedule.Period period = schedule.periods()
			.stream()
			.filter(q -> q.number() == quarterNumber)
			.findFirst()
			.orElseThrow(() -> PaymentRuleException.onField("quarter", "payment.request.quarter.unknown"));
		LocalDate today = this.views.today();
		if (period.dueDate().isAfter(today)) {
			// MADDE 15(1): a request follows the payment of the due installment
			throw PaymentRuleException.onField("quarter", "payment.request.quarter.not-due", period.dueDate());
		}
		if (paidOn == null || paidOn.isAfter(today)) {
			throw PaymentRuleException.onField("paidOn", "payment.request.paid-on.future");
		}
		if (this.requests.existsByLoanIdAndQuarterNumber(scheduleId, quarterNumber)) {
			// MADDE 15(8): a separate form for each installment period, only one
			throw PaymentRuleException.onField("quarter", "payment.request.duplicate", quarterNumber);
		}
		PaymentRequest request = new PaymentRequest(file.source(), file.fileId(), file.enterpriseId(),
				file.provinceCode(), scheduleId, quarterNumber, period.dueDate(), paidOn, Instant.now(this.clock),
				applicant.getUsername());
		try {
			this.requests.saveAndFlush(request);
		}
		catch (DataIntegrityViolationException ex) {
			// MADDE 15(8): the same period opened at the same instant; the unique
			// (loan, quarter) constraint let the other one through
			throw PaymentRuleException.onField("quarter", "payment.request.duplicate", quarterNumber);
		}
		this.audit.record("PAYMENT_REQUEST_OPENED", PaymentService.ENTITY, request.getId(),
				"Payment request opened for loan " + scheduleId + " quarter " + quarterNumber, null,
				request.describe());
		return request;
	}

	@Transactional
	Invoice addInvoice(DestekUser applicant, Long requestId, long version, PaymentService.InvoiceData data,
			MultipartFile file) {
		PaymentRequest request = this.views.own(applicant, requestId, version);
		SupportSchedule schedule = this.views.schedule(request);
		if (schedule.items().stream().noneMatch(i -> i.expenseItemId().equals(data.expenseItemId()))) {
			throw PaymentRuleException.onField("expenseItemId", "payment.invoice.item.unknown");
		}
		if (file == null || file.isEmpty()) {
			throw PaymentRuleException.onField("file", "payment.invoice.file.required");
		}
		String before = request.describe();
		Invoice invoice = request.addInvoice(data.number().strip(), data.date(), data.supplierVkn().strip(),
				data.expenseItemId(), data.amountExclVat().setScale(2, RoundingMode.HALF_UP),
				data.vatAmount().setScale(2, RoundingMode.HALF_UP));
		// flush the managed request (no merge): the cascade persists this very invoice,
		// so it has its id before its scan is stored under it (issue #9: scans stored
		// under "null" were lost evidence)
		this.requests.flush();
		if (invoice.getId() == null) {
			throw new IllegalStateException("invoice of request " + requestId + " has no id after flush");
		}
		this.documents.store(request.getEnterpriseId(), Invoice.DOCUMENT_OWNER, String.valueOf(invoice.getId()),
				PaymentService.INVOICE, file);
		this.audit.record("PAYMENT_INVOICE_ADDED", PaymentService.ENTITY, requestId,
				"Invoice " + invoice.getNumber() + " of " + invoice.getDate() + " added", before, request.describe());
		return invoice;
	}

	@Transactional
	void removeInvoice(DestekUser applicant, Long requestId, long version, Long invoiceId) {
		PaymentRequest request = this.views.own(applicant, requestId, version);
		Invoice invoice = request.invoice(invoiceId).orElseThrow(NotFoundException::new);
		String before = request.describe();
		request.removeInvoice(invoice);
		this.documents.list(Invoice.DOCUMENT_OWNER, String.valueOf(invoice.getId()))
			.forEach(d -> this.documents.remove(d.id()));
		this.audit.record("PAYMENT_INVOICE_REMOVED", PaymentService.ENTITY, requestId,
				"Invoice " + invoice.getNumber() + " (" + invoice.getId() + ") removed", before, request.describe());
	}

	@Transactional
	DocumentRef upload(DestekUser applicant, Long requestId, long version, String category, MultipartFile file) {
		PaymentRequest request = this.views.own(applicant, requestId, version);
		if (!PaymentService.PROOF.equals(category) && !PaymentService.REPORT.equals(category)) {
			throw new IllegalArgumentException("unknown category " + category);
		}
		if (request.getStatus() != PaymentRequestStatus.DRAFT) {
			throw new PaymentRuleException("payment.request.illegal-transition", request.getStatus().messageKey());
		}
		if (file == null || file.isEmpty()) {
			throw PaymentRuleException.onField("file", "payment.document.required");
		}
		DocumentRef stored = this.documents.store(request.getEnterpriseId(), PaymentRequest.DOCUMENT_OWNER,
				String.valueOf(requestId), category, file);
		this.documents.list(PaymentRequest.DOCUMENT_OWNER, String.valueOf(requestId))
			.stream()
			.filter(d -> d.category().equals(category) && !d.id().equals(stored.id()))
			.forEach(d -> this.documents.remove(d.id()));
		this.audit.record("PAYMENT_DOCUMENT_UPLOADED", PaymentService.ENTITY, requestId,
				category + " uploaded: " + stored.filename(), null, null);
		return stored;
	}

	@Transactional
	PaymentRequest submit(DestekUser applicant, Long requestId, long version) {
		PaymentRequest request = this.views.own(applicant, requestId, version);
		PaymentService.RequestView view = this.views.view(request);
		PaymentRules.refuseWhenStopped(view.file());
		if (!view.submittable()) {
			throw new PaymentRuleException("payment.request.checks-failed");
		}
		String before = request.describe();
		request.submit(String.format(Locale.ROOT, "OT-%d-%06d", this.views.today().getYear(),
				this.requests.nextRegistryNumber()), Instant.now(this.clock));
		this.audit.record("PAYMENT_REQUEST_SUBMITTED", PaymentService.ENTITY, requestId,
				"Ödeme Talep Formu " + request.getRegistryNumber() + " submitted", before, request.describe());
		this.notices.submitted(request, view.file());
		return request;
	}

}
