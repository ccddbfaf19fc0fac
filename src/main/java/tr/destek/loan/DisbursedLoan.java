package tr.destek.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import tr.destek.credit.SubsidyQuarter;

/** A disbursed loan as other modules read it (MADDE 14(3)(d)). */
public record DisbursedLoan(Long loanId, Long applicationId, Long enterpriseId, String bankCode, String bankName,
		BigDecimal amount, LocalDate disbursementDate, int termMonths, int graceMonths, BigDecimal annualRate,
		BigDecimal supportPoints, List<FinancedItem> items, List<SubsidyQuarter> schedule) {

	public DisbursedLoan {
		items = List.copyOf(items);
		schedule = List.copyOf(schedule);
	}

	/** the last maturity: the due date of the last quarter */
	public LocalDate lastMaturity() {
		return this.schedule.get(this.schedule.size() - 1).dueDate();
	}

	/** The total subsidy of the schedule: the sum of the quarters' interest. */
	public BigDecimal totalSubsidy() {
		return this.schedule.stream()
			.map(SubsidyQuarter::interest)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

}
