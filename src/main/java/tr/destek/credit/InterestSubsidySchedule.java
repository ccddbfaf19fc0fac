package tr.destek.credit;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of {@link InterestSubsidyCalculator}: the inputs, the quarterly installment
 * {@code A}, each quarter and the total subsidy (the sum of the rounded quarter
 * interests).
 */
public record InterestSubsidySchedule(LoanTerms terms, BigDecimal quarterlyRate, BigDecimal installment,
		List<SubsidyQuarter> quarters, BigDecimal totalSubsidy) {

	public InterestSubsidySchedule {
		quarters = List.copyOf(quarters);
	}

	/** The sum of the principals; always the loan amount. */
	public BigDecimal totalPrincipal() {
		return this.quarters.stream().map(SubsidyQuarter::principal).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The largest quarterly payment (interest plus principal), for charts. */
	public BigDecimal largestPayment() {
		return this.quarters.stream().map(SubsidyQuarter::payment).reduce(BigDecimal.ZERO, BigDecimal::max);
	}

}
