package tr.destek.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tr.destek.platform.InvalidInputException;

/**
 * The interest subsidy of MADDE 15(4) before the amendment of 29/11/2024, for loans
 * disbursed before that date: for each installment,
 * {@code Destek Puanı × Vadeye Ait Ödenen Faiz Tutarı / Yıllık Faiz Oranı} — support
 * points {@code s} times the interest the enterprise actually paid for that installment,
 * divided by the bank's annual rate {@code r} (both in % a year). Rounded HALF_UP to the
 * kuruş per installment. Pure: no Spring.
 */
public final class LegacyInterestSubsidyCalculator {

	/**
	 * @param supportPoints {@code s}, the points in force on the disbursement date
	 * @param bankAnnualRatePercent {@code r}, the bank's annual interest rate in % a year
	 * @param interestPaid the interest paid for each installment of the bank's schedule,
	 * in order
	 * @throws InvalidInputException naming the field at fault
	 */
	public LegacySubsidySchedule calculate(SupportPoints supportPoints, BigDecimal bankAnnualRatePercent,
			List<BigDecimal> interestPaid) {
		if (supportPoints == null) {
			throw new InvalidInputException("supportPoints", "credit.error.supportPoints.required");
		}
		if (bankAnnualRatePercent == null) {
			throw new InvalidInputException("bankAnnualRate", "credit.error.required");
		}
		if (bankAnnualRatePercent.signum() <= 0) {
			throw new InvalidInputException("bankAnnualRate", "credit.error.bankAnnualRate.positive");
		}
		// the subsidy may not exceed the interest the enterprise paid (interpretation)
		if (supportPoints.percentPerYear().compareTo(bankAnnualRatePercent) > 0) {
			throw new InvalidInputException("supportPoints", "credit.error.supportPoints.aboveBankRate",
					bankAnnualRatePercent);
		}
		if (interestPaid == null || interestPaid.isEmpty()) {
			throw new InvalidInputException("interestPaid", "credit.error.required");
		}
		List<LegacySubsidySchedule.Installment> installments = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		int number = 0;
		for (BigDecimal paid : interestPaid) {
			number++;
			if (paid == null || paid.signum() < 0) {
				throw new InvalidInputException("interestPaid", "credit.error.interestPaid.negative", number);
			}
			BigDecimal subsidy = InterestSubsidyCalculator.money(supportPoints.percentPerYear()
				.multiply(paid, InterestSubsidyCalculator.PRECISION)
				.divide(bankAnnualRatePercent, InterestSubsidyCalculator.PRECISION));
			installments.add(new LegacySubsidySchedule.Installment(number, paid, subsidy));
			total = total.add(subsidy);
		}
		return new LegacySubsidySchedule(supportPoints, bankAnnualRatePercent, installments, total);
	}

}
