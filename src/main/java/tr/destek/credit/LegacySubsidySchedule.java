package tr.destek.credit;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of {@link LegacyInterestSubsidyCalculator} with its inputs: the support
 * points, the bank's annual rate and, per installment, the interest paid and the subsidy.
 */
public record LegacySubsidySchedule(SupportPoints supportPoints, BigDecimal bankAnnualRatePercent,
		List<Installment> installments, BigDecimal totalSubsidy) {

	public LegacySubsidySchedule {
		installments = List.copyOf(installments);
	}

	public record Installment(int number, BigDecimal interestPaid, BigDecimal subsidy) {
	}

}
