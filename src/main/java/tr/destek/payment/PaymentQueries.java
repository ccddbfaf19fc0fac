package tr.destek.payment;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the payments ledger (no access check: the caller shows
 * the result only to those allowed to see the application).
 */
@Service
public class PaymentQueries {

	private final PaymentRepository payments;

	PaymentQueries(PaymentRepository payments) {
		this.payments = payments;
	}

	/**
	 * The interest support paid for an application, oldest payment first: per approved
	 * payment its date and what was paid to the enterprise and, on its behalf, to the tax
	 * office and SGK (see {@link PaidPayment}). The input of the refund with legal
	 * interest (MADDE 17(6), 18(6)).
	 */
	@Transactional(readOnly = true)
	public List<PaidPayment> paidFor(Long applicationId) {
		return this.payments.findPaidForApplication(applicationId)
			.stream()
			.map(PaidPayment::of)
			.sorted(Comparator.comparing(PaidPayment::paidOn).thenComparing(PaidPayment::paymentId))
			.toList();
	}

}
