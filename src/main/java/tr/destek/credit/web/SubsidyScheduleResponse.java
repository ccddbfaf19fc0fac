package tr.destek.credit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import tr.destek.credit.InterestSubsidySchedule;
import tr.destek.credit.SubsidyFormula;

/**
 * The JSON answer of the public subsidy calculator: money as numbers with exactly two
 * decimals, followed by the inputs the schedule was computed from.
 */
record SubsidyScheduleResponse(BigDecimal installment, BigDecimal totalSubsidy, List<Quarter> quarters,
		BigDecimal loanAmount, int termMonths, int graceMonths, BigDecimal supportPoints, LocalDate disbursementDate,
		SubsidyFormula formula, String article) {

	record Quarter(int number, LocalDate dueDate, BigDecimal interest, BigDecimal principal, BigDecimal balance) {
	}

	static SubsidyScheduleResponse of(InterestSubsidySchedule schedule) {
		List<Quarter> quarters = schedule.quarters()
			.stream()
			.map(q -> new Quarter(q.number(), q.dueDate(), q.interest(), q.principal(), q.balance()))
			.toList();
		var terms = schedule.terms();
		return new SubsidyScheduleResponse(schedule.installment(), schedule.totalSubsidy(), quarters,
				terms.loanAmount().setScale(2), terms.termMonths(), terms.graceMonths(),
				terms.supportPoints().percentPerYear(), terms.disbursementDate(),
				SubsidyFormula.LOAN_TERM_SUPPORT_POINTS, "KOSGEB UE-34.00/03 MADDE 15(4), MADDE 6(2), 6(3), 6(6)");
	}

}
