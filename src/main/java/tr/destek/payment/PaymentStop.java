package tr.destek.payment;

/**
 * Why a programme stopped the pending payments of a file, as the programme tells it
 * through {@link PayableFiles}: MADDE 17(2) when the programme was not completed
 * successfully, MADDE 17(5) when it was terminated. Payments then refuse new requests,
 * olurs and approvals with the article.
 */
public enum PaymentStop {

	/** MADDE 17(2): pending support payments are not made. */
	UNSUCCESSFUL("payment.stopped.unsuccessful"),

	/** MADDE 17(5): the board terminated the programme. */
	TERMINATED("payment.stopped.terminated");

	private final String messageKey;

	PaymentStop(String messageKey) {
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** The message key of a stop, {@code null} when payments go on. */
	public static String keyOf(PaymentStop stop) {
		return (stop != null) ? stop.messageKey() : null;
	}

}
