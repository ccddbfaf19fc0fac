package tr.destek.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;

/**
 * Reads a payment request with everything its checks and its oluru need (MADDE 15), and
 * decides who may reach it: an applicant only its own enterprise's requests, staff only
 * those the programme's access rule lets them see or act on (everything else is 404).
 */
@Component
class PaymentViews {

	private final PaymentRequestRepository requests;

	private final PaymentRepository payments;

	private final InspectionService inspections;

	private final PaymentPorts ports;

	private final PaymentRules rules;

	private final DocumentStore documents;

	private final Clock clock;

	PaymentViews(PaymentRequestRepository requests, PaymentRepository payments, InspectionService inspections,
			PaymentPorts ports, PaymentRules rules, DocumentStore documents, Clock clock) {
		this.requests = requests;
		this.payments = payments;
		this.inspections = inspections;
		this.ports = ports;
		this.rules = rules;
		this.documents = documents;
		this.clock = clock;
	}

	PaymentService.Overview overview(PayableFile file) {
		List<PaymentRequest> allRequests = this.requests.findForApplication(file.fileId());
		List<Payment> allPayments = this.payments.findForApplication(file.fileId());
		List<PaymentService.SchedulePayments> result = new ArrayList<>();
		for (SupportSchedule schedule : this.ports.grants(file.source()).disbursedFor(file.fileId())) {
			result.add(new PaymentService.SchedulePayments(schedule,
					allRequests.stream().filter(r -> r.getLoanId().equals(schedule.id())).toList(),
					allPayments.stream().filter(p -> p.getLoanId().equals(schedule.id())).toList(),
					this.rules.assetLockUntil(schedule), this.rules.requestDeadline(file.parameters(), schedule)));
		}
		return new PaymentService.Overview(file, result, this.inspections.itemStates(file));
	}

	PaymentService.RequestView view(PaymentRequest request) {
		PayableFile file = file(request);
		SupportSchedule schedule = schedule(request);
		SupportSchedule.Period period = schedule.periods()
			.stream()
			.filter(q -> q.number() == request.getQuarterNumber())
			.findFirst()
			.orElseThrow();
		List<DocumentRef> docs = this.documents.list(PaymentRequest.DOCUMENT_OWNER, String.valueOf(request.getId()));
		Map<String, List<DocumentRef>> invoiceDocs = this.documents.listAll(Invoice.DOCUMENT_OWNER,
				request.getInvoices().stream().map(i -> String.valueOf(i.getId())).toList());
		LocalDate start = this.ports.grants(file.source()).programmeStart(file.fileId()).orElse(null);
		Instant requestedAt = (request.getSubmittedAt() != null) ? request.getSubmittedAt() : Instant.now(this.clock);
		PaymentChecks.Facts facts = new PaymentChecks.Facts(start,
				(start != null) ? this.rules.programmeEnd(file.parameters(), start) : null,
				request.getInvoices()
					.stream()
					.map(i -> new PaymentChecks.InvoiceFact(i.getNumber(), i.getDate()))
					.toList(),
				this.rules.requestDeadline(file.parameters(), schedule), schedule.lastMaturity(), requestedAt,
				request.getDueDate(), today(), request.getInstallmentPaidOn(),
				docs.stream().anyMatch(d -> d.category().equals(PaymentService.PROOF)),
				docs.stream().anyMatch(d -> d.category().equals(PaymentService.REPORT)),
				request.getKosgebOverdueDebt());
		boolean draft = request.getStatus() == PaymentRequestStatus.DRAFT;
		List<PaymentCheck> checks = draft ? PaymentChecks.applicantChecks(facts) : PaymentChecks.allChecks(facts);
		Optional<Payment> payment = this.payments.findForRequest(request.getId());
		BigDecimal limit = this.rules.debtOffsetLimit(file.parameters(), today());
		PaymentCalculation.Result preview = null;
		List<String> blockers = new ArrayList<>();
		if (request.getStatus() == PaymentRequestStatus.PREPARED) {
			preview = calculate(request, file, schedule, period, limit);
			if (file.stop() != null) {
				blockers.add(file.stop().messageKey());
			}
			for (PaymentCheck check : checks) {
				String blocker = "kosgeb-debt".equals(check.code()) ? "payment.oluru.blocked.kosgeb-debt"
						: "payment.oluru.blocked.checks";
				if (check.failed() && !blockers.contains(blocker)) {
					blockers.add(blocker);
				}
			}
			if (!PaymentService.invoicesWithoutFile(request, invoiceDocs).isEmpty()) {
				// MADDE 15(2),(3): every invoice needs its scan
				blockers.add("payment.oluru.blocked.invoice-file-missing");
			}
			if (!today().equals(request.getDebtsAsOf())) {
				// MADDE 15(8): tax/SGK debt as of the approval date
				blockers.add("payment.oluru.blocked.debts-date");
			}
		}
		return new PaymentService.RequestView(request, file, schedule, period, checks, docs, invoiceDocs, preview,
				limit, payment, this.rules.assetLockUntil(schedule), blockers);
	}

	/**
	 * MADDE 15(4),(7): the period's support split over the financed items by the
	 * programme's rule, a failed item's share withheld with the Tespit Tutanağı that
	 * failed it, and the debt offset.
	 */
	private PaymentCalculation.Result calculate(PaymentRequest request, PayableFile file, SupportSchedule schedule,
			SupportSchedule.Period period, BigDecimal limit) {
		Map<Long, InspectionService.ItemState> states = new HashMap<>();
		this.inspections.itemStates(file).forEach(s -> states.put(s.item().expenseItemId(), s));
		List<PaymentCalculation.Item> items = new ArrayList<>();
		for (SupportSchedule.Item item : schedule.items()) {
			InspectionService.ItemState state = states.get(item.expenseItemId());
			String reason = null;
			if (state == null || !state.inspected()) {
				// prepare() refuses an oluru with uninspected items; kept for safety
				reason = "MADDE 15(3)";
			}
			else if (state.failed()) {
				InspectedItem line = state.latest();
				reason = "MADDE 15(4): " + line.getInspection().getRegistryNumber() + " ("
						+ line.getInspection().getVisitDate() + "): " + line.getNote();
			}
			items.add(new PaymentCalculation.Item(item.expenseItemId(), item.description(), item.amount(), reason));
		}
		return PaymentCalculation.calculate(period.support(), items, this.ports.grants(file.source())::shares,
				zero(request.getTaxDebt()), zero(request.getSgkDebt()), limit);
	}

	/** Every approved item of the file with its latest inspection (MADDE 15(3),(4)). */
	List<InspectionService.ItemState> itemStates(PayableFile file) {
		return this.inspections.itemStates(file);
	}

	PayableFile file(PaymentRequest request) {
		return this.ports.file(request.getSubjectSource(), request.getApplicationId());
	}

	SupportSchedule schedule(PaymentRequest request) {
		return this.ports.grants(request.getSubjectSource())
			.disbursed(request.getLoanId())
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * A request the signed-in user may see (own enterprise, or staff of its unit); 404.
	 */
	PaymentRequest visible(DestekUser user, Long requestId) {
		PaymentRequest request = this.requests.findWithInvoices(requestId).orElseThrow(NotFoundException::new);
		if (user.hasRole(Role.APPLICANT)) {
			if (!request.getEnterpriseId().equals(user.getEnterpriseId())) {
				throw new NotFoundException();
			}
			return request;
		}
		if (!this.ports.mayView(user, file(request))) {
			throw new NotFoundException();
		}
		return request;
	}

	PaymentRequest own(DestekUser applicant, Long requestId, long version) {
		PaymentRequest request = this.requests.findWithInvoices(requestId).orElseThrow(NotFoundException::new);
		if (!applicant.hasRole(Role.APPLICANT) || !request.getEnterpriseId().equals(applicant.getEnterpriseId())) {
			throw new NotFoundException();
		}
		return checkVersion(request, version);
	}

	PaymentRequest controlled(DestekUser staff, Long requestId, long version) {
		PaymentRequest request = this.requests.findWithInvoices(requestId).orElseThrow(NotFoundException::new);
		if (!this.ports.mayControl(staff, file(request))) {
			throw new NotFoundException();
		}
		return checkVersion(request, version);
	}

	/** MADDE 15(5): only the unit manager of the file's province approves. */
	PaymentRequest managed(DestekUser manager, Long requestId, long version) {
		PaymentRequest request = controlled(manager, requestId, version);
		if (!manager.hasRole(Role.UNIT_MANAGER)) {
			throw new PaymentRuleException("payment.oluru.manager-only");
		}
		return request;
	}

	private static PaymentRequest checkVersion(PaymentRequest request, long version) {
		if (request.getVersion() != version) {
			throw new OptimisticLockingFailureException("payment request " + request.getId() + " changed meanwhile");
		}
		return request;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(DestekTime.ZONE));
	}

	private static BigDecimal zero(BigDecimal amount) {
		return (amount == null) ? BigDecimal.ZERO.setScale(2) : amount;
	}

}
