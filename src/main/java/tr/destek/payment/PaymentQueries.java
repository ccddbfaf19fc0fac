package tr.destek.payment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the payments ledger (no access check: the caller shows
 * the result only to those allowed to see the application).
 */
@Service
public class PaymentQueries {

	private final PaymentRepository payments;

	private final PaymentPorts ports;

	PaymentQueries(PaymentRepository payments, PaymentPorts ports) {
		this.payments = payments;
		this.ports = ports;
	}

	/**
	 * The latest last maturity of the file's disbursed schedules (for KOSGEB its bank
	 * loans), if it has any: post-support monitoring counts from it (MADDE 17(1)).
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> lastMaturity(String source, Long fileId) {
		return this.ports.grants(source)
			.disbursedFor(fileId)
			.stream()
			.map(SupportSchedule::lastMaturity)
			.max(Comparator.naturalOrder());
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
