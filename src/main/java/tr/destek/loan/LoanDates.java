package tr.destek.loan;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in notifications: {@code dd.MM.yyyy}. */
final class LoanDates {

	static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

	private LoanDates() {
	}

}
