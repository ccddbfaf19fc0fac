package tr.destek.loan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import tr.destek.credit.InterestSubsidyService;
import tr.destek.credit.LoanLimits;
import tr.destek.platform.DestekTime;
import tr.destek.platform.RuleException.Problem;

/**
 * The rules a loan must respect, each with its article: the loan limits of MADDE 6(2) as
 * of the date, term and grace of MADDE 6(6), Turkish lira only (MADDE 15(13)), the
 * board's support base as the ceiling of all the application's loans (MADDE 14(2),(3)(c))
 * and of each approved item, one bank per expense item (MADDE 15(12)) and a disbursement
 * within the programme period and not in the future (MADDE 6(5)). Every refused field is
 * reported at once.
 */
@Component
class LoanRules {

	/** MADDE 15(13): the loans are in Turkish lira. */
	static final List<String> LIRA = List.of("TRY", "TL");

	private final InterestSubsidyService subsidy;

	private final Clock clock;

	LoanRules(InterestSubsidyService subsidy, Clock clock) {
		this.subsidy = subsidy;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(DestekTime.ZONE));
	}

	/**
	 * Checks an allocation of {@code loan} against the accepted application and the
	 * application's other loans.
	 */
	void checkAllocation(AllocationCommand command, Loan loan, AcceptedApplication application, List<Loan> others,
			Map<Long, String> itemBanks) {
		List<Problem> problems = new ArrayList<>();
		currency(command.currency(), problems);
		BigDecimal amount = command.amount();
		LoanLimits limits = this.subsidy.limitsOn(today());
		if (amount == null) {
			problems.add(new Problem("amount", "loan.error.required"));
		}
		else if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			problems.add(new Problem("amount", "loan.error.amount.format"));
		}
		else {
			limits(amount, limits, "amount", problems);
			// MADDE 14(2), 14(3)(c): all the application's loans together stay within the
			// board's support base
			BigDecimal committed = others.stream().map(Loan::committedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (committed.add(amount).compareTo(application.supportBase()) > 0) {
				problems.add(new Problem("amount", "loan.error.amount.supportBase", application.supportBase(),
						committed, application.supportBase().subtract(committed).max(BigDecimal.ZERO)));
			}
		}
		if (command.items().isEmpty()) {
			problems.add(new Problem("items", "loan.error.items.required"));
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (Map.Entry<Long, BigDecimal> entry : command.items().entrySet()) {
			String field = "items[" + entry.getKey() + "]";
			ApprovedItem item = application.item(entry.getKey());
			BigDecimal part = entry.getValue();
			if (item == null) {
				problems.add(new Problem(field, "loan.error.item.notApproved"));
				continue;
			}
			if (part == null || part.signum() <= 0 || part.stripTrailingZeros().scale() > 2) {
				problems.add(new Problem(field, "loan.error.item.amount", item.description()));
				continue;
			}
			sum = sum.add(part);
			// MADDE 15(12): one expense item, one bank
			String holder = itemBanks.get(item.expenseItemId());
			if (holder != null && !holder.equals(loan.getBankCode())) {
				problems.add(new Problem(field, "loan.error.item.otherBank", item.description()));
				continue;
			}
			// MADDE 12(9), 14(2): an item is financed at most up to the amount the board
			// accepted for it
			BigDecimal elsewhere = others.stream()
				.map(l -> l.financedAmount(item.expenseItemId()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (elsewhere.add(part).compareTo(item.accepted()) > 0) {
				problems.add(
						new Problem(field, "loan.error.item.accepted", item.description(), item.accepted(), elsewhere));
			}
		}
		if (amount != null && !command.items().isEmpty() && problems.stream().noneMatch(p -> "amount".equals(p.field()))
				&& sum.compareTo(amount) != 0) {
			problems.add(new Problem("items", "loan.error.items.sum", sum, amount));
		}
		throwIfAny(problems);
	}

	/** Checks a disbursement of an approved loan (MADDE 14(3)(d), 6). */
	void checkDisbursement(DisbursementCommand command, Loan loan, AcceptedApplication application) {
		List<Problem> problems = new ArrayList<>();
		currency(command.currency(), problems);
		LocalDate date = command.disbursementDate();
		if (date == null) {
			problems.add(new Problem("disbursementDate", "loan.error.required"));
		}
		else if (date.isAfter(today())) {
			problems.add(new Problem("disbursementDate", "loan.error.disbursementDate.future"));
		}
		else if (date.isBefore(application.programmeStart()) || date.isAfter(application.programmeEnd())) {
			// MADDE 6(5): the programme period starts with the first registered decision
			problems.add(new Problem("disbursementDate", "loan.error.disbursementDate.period",
					LoanDates.FORMAT.format(application.programmeStart()),
					LoanDates.FORMAT.format(application.programmeEnd())));
		}
		LoanLimits limits = this.subsidy.limitsOn((date != null && !date.isAfter(today())) ? date : today());
		BigDecimal amount = command.amount();
		if (amount == null) {
			problems.add(new Problem("amount", "loan.error.required"));
		}
		else if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			problems.add(new Problem("amount", "loan.error.amount.format"));
		}
		else {
			limits(amount, limits, "amount", problems);
			// MADDE 14(3)(d): the bank disburses what the unit approved, not more
			if (loan.getAllocatedAmount() != null && amount.compareTo(loan.getAllocatedAmount()) > 0) {
				problems.add(new Problem("amount", "loan.error.amount.allocation", loan.getAllocatedAmount()));
			}
		}
		Integer term = command.termMonths();
		if (term == null) {
			problems.add(new Problem("termMonths", "loan.error.required"));
		}
		else if (term < LoanLimits.QUARTER_MONTHS || term > limits.maxTermMonths()) {
			// MADDE 6(2), 6(6): at most 36 months
			problems.add(new Problem("termMonths", "loan.error.termMonths.range", LoanLimits.QUARTER_MONTHS,
					limits.maxTermMonths()));
		}
		else if (term % LoanLimits.QUARTER_MONTHS != 0) {
			// MADDE 6(6): installments every 3 months
			problems.add(new Problem("termMonths", "loan.error.termMonths.quarters"));
		}
		Integer grace = command.graceMonths();
		if (grace == null) {
			problems.add(new Problem("graceMonths", "loan.error.required"));
		}
		else if (grace < 0 || grace > limits.maxGraceMonths() || grace % LoanLimits.QUARTER_MONTHS != 0) {
			// MADDE 6(6): up to 6 months of grace in whole quarters
			problems.add(new Problem("graceMonths", "loan.error.graceMonths.allowed", limits.maxGraceMonths()));
		}
		else if (term != null && grace >= term) {
			problems.add(new Problem("graceMonths", "loan.error.graceMonths.term"));
		}
		BigDecimal rate = command.annualRate();
		if (rate == null) {
			problems.add(new Problem("annualRate", "loan.error.required"));
		}
		else if (rate.signum() <= 0 || rate.compareTo(BigDecimal.valueOf(1000)) > 0) {
			problems.add(new Problem("annualRate", "loan.error.annualRate.range"));
		}
		throwIfAny(problems);
	}

	/** MADDE 6(2): 1.000.000 TL – 20.000.000 TL, the versions in force on the date. */
	private static void limits(BigDecimal amount, LoanLimits limits, String field, List<Problem> problems) {
		if (amount.compareTo(limits.minAmount()) < 0) {
			problems.add(new Problem(field, "loan.error.amount.min", limits.minAmount()));
		}
		else if (amount.compareTo(limits.maxAmount()) > 0) {
			problems.add(new Problem(field, "loan.error.amount.max", limits.maxAmount()));
		}
	}

	/** MADDE 15(13): Turkish lira only. */
	private static void currency(String currency, List<Problem> problems) {
		if (currency == null || !LIRA.contains(currency.trim().toUpperCase(Locale.ROOT))) {
			problems.add(new Problem("currency", "loan.error.currency"));
		}
	}

	private static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new LoanRuleException(problems);
		}
	}

}
