package tr.destek.payment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditTrail;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.platform.NotFoundException;

/**
 * The scan of an invoice that has none (issue #9: scans stored before V64 under owner id
 * {@code null} and not relinked). The applicant of the request's enterprise adds it until
 * the payment is approved, because the Ödeme Oluru cannot be prepared or approved without
 * it (MADDE 15(2),(3)); an existing scan is never replaced and the invoice's data stay as
 * submitted. The invoice is looked up through the caller's own request (404 otherwise).
 */
@Service
public class InvoiceFiles {

	private final PaymentRequestRepository requests;

	private final DocumentStore documents;

	private final AuditTrail audit;

	InvoiceFiles(PaymentRequestRepository requests, DocumentStore documents, AuditTrail audit) {
		this.requests = requests;
		this.documents = documents;
		this.audit = audit;
	}

	@Transactional
	public DocumentRef addMissing(DestekUser applicant, Long requestId, Long invoiceId, MultipartFile file) {
		PaymentRequest request = this.requests.findWithInvoices(requestId).orElseThrow(NotFoundException::new);
		if (!applicant.hasRole(Role.APPLICANT) || !request.getEnterpriseId().equals(applicant.getEnterpriseId())) {
			throw new NotFoundException();
		}
		Invoice invoice = request.invoice(invoiceId).orElseThrow(NotFoundException::new);
		if (request.getStatus() == PaymentRequestStatus.APPROVED) {
			throw new PaymentRuleException("payment.invoice.file.approved");
		}
		String owner = String.valueOf(invoice.getId());
		if (!this.documents.list(Invoice.DOCUMENT_OWNER, owner).isEmpty()) {
			throw new PaymentRuleException("payment.invoice.file.present");
		}
		if (file == null || file.isEmpty()) {
			throw new PaymentRuleException("payment.invoice.file.required");
		}
		DocumentRef stored = this.documents.store(request.getEnterpriseId(), Invoice.DOCUMENT_OWNER, owner,
				PaymentService.INVOICE, file);
		this.audit.record("PAYMENT_INVOICE_FILE_ADDED", PaymentService.ENTITY, requestId,
				"Missing scan of invoice " + invoice.getNumber() + " added: " + stored.filename(), null,
				"invoice=" + invoice.getId() + ", document=" + stored.id());
		return stored;
	}

}
