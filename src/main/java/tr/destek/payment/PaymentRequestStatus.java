package tr.destek.payment;

/**
 * Where a payment request stands: the applicant's draft, submitted (Ödeme Talep Formu,
 * MADDE 15(1)), the expert's Ödeme Oluru waiting for the unit manager (MADDE 15(5)),
 * returned by the manager to the expert with a reason, or approved and paid.
 */
public enum PaymentRequestStatus {

	DRAFT, SUBMITTED, PREPARED, RETURNED, APPROVED;

	public String messageKey() {
		return "payment.status." + name();
	}

}
