package tr.destek.payment;

import java.util.List;

/**
 * One check of a payment request with its article and its explanation for the applicant
 * and the staff ({@code payment.check.<code>.<outcome>} with the arguments).
 *
 * @param code the rule, e.g. {@code invoice-dates}
 * @param article the article it comes from, e.g. {@code MADDE 15(17)}
 * @param outcome passed, failed, or not yet known (e.g. staff have not recorded it)
 * @param messageKey the explanation
 * @param arguments the explanation's arguments
 */
public record PaymentCheck(String code, String article, Outcome outcome, String messageKey, List<Object> arguments) {

	public enum Outcome {

		PASS, FAIL, PENDING

	}

	public PaymentCheck {
		arguments = List.copyOf(arguments);
	}

	static PaymentCheck of(String code, String article, Outcome outcome, Object... arguments) {
		// dates as users read them in both languages (dd.MM.yyyy)
		List<Object> shown = java.util.Arrays.stream(arguments)
			.map(a -> (a instanceof java.time.LocalDate date)
					? (Object) date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
					: (a instanceof java.math.BigDecimal amount) ? amount(amount) : a)
			.toList();
		return new PaymentCheck(code, article, outcome,
				"payment.check." + code + "." + outcome.name().toLowerCase(java.util.Locale.ROOT), shown);
	}

	/** An amount as 1.234.567,89 (Turkish notation, also used in the English texts). */
	static String amount(java.math.BigDecimal amount) {
		java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00",
				java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("tr-TR")));
		return format.format(amount.setScale(2, java.math.RoundingMode.HALF_UP));
	}

	public boolean failed() {
		return this.outcome == Outcome.FAIL;
	}

	public boolean passed() {
		return this.outcome == Outcome.PASS;
	}

	public Object[] args() {
		return this.arguments.toArray();
	}

}
