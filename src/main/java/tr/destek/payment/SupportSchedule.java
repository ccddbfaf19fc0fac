package tr.destek.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A disbursed support a programme pays in periods, as values (for KOSGEB: a bank loan
 * with its interest subsidy schedule, MADDE 14(3)(d)): who pays it out, the items it
 * finances and each period's due date with the support due for it. A payment request is
 * made per period (MADDE 15(1),(8)).
 *
 * @param id the schedule's id within its source (stored as the request's loan id)
 * @param payerName who disbursed the support (for KOSGEB: the bank)
 */
public record SupportSchedule(Long id, Long fileId, String payerName, BigDecimal amount, LocalDate startDate,
		List<Item> items, List<Period> periods) {

	public SupportSchedule {
		items = List.copyOf(items);
		periods = List.copyOf(periods);
	}

	/** An approved item financed by the support, with the amount financing it. */
	public record Item(Long expenseItemId, String description, BigDecimal amount) {
	}

	/** One period: its number, due date and the support due for it. */
	public record Period(int number, LocalDate dueDate, BigDecimal support) {
	}

	/** The last maturity: the due date of the last period. */
	public LocalDate lastMaturity() {
		return this.periods.get(this.periods.size() - 1).dueDate();
	}

}
