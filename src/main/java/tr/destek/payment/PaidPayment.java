package tr.destek.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One approved interest support payment as the payments ledger records it, for the refund
 * with legal interest (MADDE 17(6), 18(6)).
 *
 * @param paymentId the immutable payment (Ödeme Oluru FRM.34.00.10)
 * @param paidOn the payment date: the day the unit manager approved the Ödeme Oluru
 * (MADDE 15(5)); the ledger records no later bank transfer date
 * @param quarterNumber the installment period paid
 * @param paidToEnterprise what went to the enterprise's account
 * @param paidOnBehalf what went to the tax office and SGK for the enterprise's debts
 * (MADDE 15(7),(8)): support paid to the enterprise all the same
 * @param total the interest support paid: {@code paidToEnterprise + paidOnBehalf}; a
 * withheld share (MADDE 15(4)) was never paid and is not in it
 */
public record PaidPayment(Long paymentId, LocalDate paidOn, int quarterNumber, BigDecimal paidToEnterprise,
		BigDecimal paidOnBehalf, BigDecimal total) {

	static PaidPayment of(Payment payment) {
		BigDecimal onBehalf = payment.getPaidToTaxOffice().add(payment.getPaidToSgk());
		return new PaidPayment(payment.getId(), payment.getApprovedOn(), payment.getQuarterNumber(),
				payment.getPaidToEnterprise(), onBehalf, payment.getPaidToEnterprise().add(onBehalf));
	}

}
