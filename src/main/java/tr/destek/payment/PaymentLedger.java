package tr.destek.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.document.DocumentContent;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.platform.FileLabel;
import tr.destek.platform.NotFoundException;

/**
 * What staff read: the unit's request queue, the immutable payments ledger (MADDE 15(6))
 * and the documents of requests, invoices and inspections.
 */
@Service
class PaymentLedger {

	private static final List<String> DOCUMENT_OWNERS = List.of(PaymentRequest.DOCUMENT_OWNER, Invoice.DOCUMENT_OWNER,
			InspectedItem.PHOTO_OWNER);

	private final PaymentRequestRepository requests;

	private final PaymentRepository payments;

	private final PaymentViews views;

	private final PaymentPorts ports;

	private final DocumentStore documents;

	PaymentLedger(PaymentRequestRepository requests, PaymentRepository payments, PaymentViews views, PaymentPorts ports,
			DocumentStore documents) {
		this.requests = requests;
		this.payments = payments;
		this.views = views;
		this.ports = ports;
		this.documents = documents;
	}

	@Transactional(readOnly = true)
	List<PaymentService.QueueRow> queue(DestekUser staff) {
		if (staff.getProvinceCode() == null) {
			return List.of();
		}
		List<PaymentRequest> found = this.requests.findInProvince(staff.getProvinceCode(),
				List.of(PaymentRequestStatus.SUBMITTED, PaymentRequestStatus.PREPARED, PaymentRequestStatus.RETURNED,
						PaymentRequestStatus.APPROVED));
		// one question per programme for the whole page (no query per row)
		Map<String, Map<Long, PaymentStop>> stops = new HashMap<>();
		found.stream()
			.collect(Collectors.groupingBy(PaymentRequest::getSubjectSource,
					Collectors.mapping(PaymentRequest::getApplicationId, Collectors.toSet())))
			.forEach((source, ids) -> stops.put(source, this.ports.stops(source, ids)));
		List<PaymentService.QueueRow> rows = new ArrayList<>();
		for (PaymentRequest r : found) {
			String stopped = (r.getStatus() == PaymentRequestStatus.APPROVED) ? null
					: PaymentStop.keyOf(stops.get(r.getSubjectSource()).get(r.getApplicationId()));
			rows.add(new PaymentService.QueueRow(r, stopped));
		}
		return rows;
	}

	/** How the queue names its files, one question per programme (no query per row). */
	@Transactional(readOnly = true)
	Map<Long, FileLabel> labels(List<PaymentService.QueueRow> rows) {
		Map<Long, FileLabel> labels = new HashMap<>();
		rows.stream()
			.map(PaymentService.QueueRow::request)
			.collect(Collectors.groupingBy(PaymentRequest::getSubjectSource,
					Collectors.mapping(PaymentRequest::getApplicationId, Collectors.toSet())))
			.forEach((source, ids) -> labels.putAll(this.ports.files(source).labels(ids)));
		return labels;
	}

	@Transactional(readOnly = true)
	List<Payment> ledger(DestekUser staff, Short province, LocalDate from, LocalDate to) {
		Short scope = (staff.getProvinceCode() != null) ? staff.getProvinceCode() : province;
		if (scope == null) {
			return this.payments.findLedger(from, to);
		}
		return this.payments.findLedger(scope, from, to);
	}

	@Transactional(readOnly = true)
	Payment payment(DestekUser user, Long requestId) {
		PaymentRequest request = this.views.visible(user, requestId);
		return this.payments.findForRequest(request.getId()).orElseThrow(NotFoundException::new);
	}

	/**
	 * A document of a payment request, an invoice or an inspection, for the applicant
	 * users of its enterprise and the staff the programme lets see the enterprise's file;
	 * 404 for anyone else.
	 */
	@Transactional(readOnly = true)
	DocumentContent document(DestekUser user, Long documentId) {
		DocumentRef ref = this.documents.find(documentId)
			.filter(d -> DOCUMENT_OWNERS.contains(d.ownerType()) && d.enterpriseId() != null)
			.orElseThrow(NotFoundException::new);
		if (user.hasRole(Role.APPLICANT)) {
			if (!ref.enterpriseId().equals(user.getEnterpriseId())) {
				throw new NotFoundException();
			}
		}
		else if (!this.ports.mayViewEnterprise(user, ref.enterpriseId())) {
			throw new NotFoundException();
		}
		return this.documents.open(ref.id()).orElseThrow(NotFoundException::new);
	}

}
