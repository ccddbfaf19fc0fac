package tr.destek.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.platform.NotFoundException;

/**
 * The Ödeme Oluru (MADDE 15(5)): the expert prepares it with the debts as of the approval
 * date (MADDE 15(7),(8),(19)), the unit manager approves it into an immutable payment of
 * the ledger or returns it to the expert.
 */
@Service
class PaymentApprovals {

	private final PaymentRequestRepository requests;

	private final PaymentRepository payments;

	private final PaymentViews views;

	private final EnterpriseService enterprises;

	private final PaymentNotices notices;

	private final AuditTrail audit;

	private final Clock clock;

	PaymentApprovals(PaymentRequestRepository requests, PaymentRepository payments, PaymentViews views,
			EnterpriseService enterprises, PaymentNotices notices, AuditTrail audit, Clock clock) {
		this.requests = requests;
		this.payments = payments;
		this.views = views;
		this.enterprises = enterprises;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	PaymentRequest prepare(DestekUser staff, Long requestId, long version, BigDecimal kosgebOverdueDebt,
			BigDecimal taxDebt, BigDecimal sgkDebt) {
		PaymentRequest request = this.views.controlled(staff, requestId, version);
		PayableFile file = this.views.file(request);
		PaymentRules.refuseWhenStopped(file);
		List<InspectionService.ItemState> states = this.views.itemStates(file);
		List<String> missing = states.stream().filter(s -> !s.inspected()).map(s -> s.item().description()).toList();
		if (!missing.isEmpty()) {
			throw new PaymentRuleException("payment.oluru.inspection-missing", String.join(", ", missing));
		}
		List<String> withoutFile = this.views.view(request)
			.invoicesWithoutFile()
			.stream()
			.map(Invoice::getNumber)
			.toList();
		if (!withoutFile.isEmpty()) {
			// MADDE 15(2),(3): the invoices are the evidence the payment is made on
			throw new PaymentRuleException("payment.oluru.invoice-file-missing", String.join(", ", withoutFile));
		}
		String before = request.describe();
		request.prepare(money(kosgebOverdueDebt), money(taxDebt), money(sgkDebt), this.views.today(),
				staff.getUsername(), Instant.now(this.clock));
		this.audit.record("PAYMENT_OLURU_PREPARED", PaymentService.ENTITY, requestId,
				"Ödeme Oluru prepared for " + request.getRegistryNumber(), before, request.describe());
		this.notices.oluruWaiting(request);
		return request;
	}

	@Transactional
	Payment approve(DestekUser manager, Long requestId, long version) {
		// one payment per oluru (MADDE 15(5)): the request row is locked, so a second
		// approval at the same instant waits and then finds the request changed
		this.requests.lockById(requestId).orElseThrow(NotFoundException::new);
		PaymentRequest request = this.views.managed(manager, requestId, version);
		if (manager.getUsername().equals(request.getPreparedBy())) {
			// MADDE 15(5): the expert prepares, the unit manager approves — two people
			throw new PaymentRuleException("payment.oluru.same-person");
		}
		PaymentService.RequestView view = this.views.view(request);
		PaymentRules.refuseWhenStopped(view.file());
		if (!view.blockers().isEmpty()) {
			throw new PaymentRuleException(view.blockers().get(0));
		}
		Enterprise enterprise = this.enterprises.find(request.getEnterpriseId()).orElseThrow();
		String before = request.describe();
		request.approved();
		Payment payment = this.payments.saveAndFlush(new Payment(request, enterprise.getTitle(),
				enterprise.getTaxNumber(), view.schedule().payerName(), view.preview(), view.debtLimit(),
				this.views.today(), Instant.now(this.clock), manager.getUsername()));
		this.audit.record("PAYMENT_REQUEST_APPROVED", PaymentService.ENTITY, requestId,
				"Ödeme Oluru approved for " + request.getRegistryNumber(), before, request.describe());
		this.audit.record("PAYMENT_APPROVED", PaymentService.PAYMENT_ENTITY, payment.getId(),
				"Payment of quarter " + payment.getQuarterNumber() + " approved", null, payment.describe());
		this.notices.approved(request, payment);
		return payment;
	}

	@Transactional
	PaymentRequest returnToExpert(DestekUser manager, Long requestId, long version, String reason) {
		PaymentRequest request = this.views.managed(manager, requestId, version);
		String before = request.describe();
		request.returnToExpert(reason.strip());
		this.audit.record("PAYMENT_OLURU_RETURNED", PaymentService.ENTITY, requestId,
				"Ödeme Oluru returned to the expert: " + reason.strip(), before, request.describe());
		this.notices.returned(request, reason.strip());
		return request;
	}

	private static BigDecimal money(BigDecimal amount) {
		return (amount == null) ? BigDecimal.ZERO.setScale(2) : DebtOffset.money(amount);
	}

}
