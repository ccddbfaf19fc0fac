package tr.destek.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One interest support payment made to the enterprise: the day it was paid and the amount
 * (TL). The input of the refund calculation (MADDE 17(6), 18(6)).
 */
public record PaidSupport(LocalDate paymentDate, BigDecimal amount) {

	public PaidSupport {
		Objects.requireNonNull(paymentDate, "paymentDate");
		Objects.requireNonNull(amount, "amount");
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("a paid amount is not negative");
		}
	}

}
