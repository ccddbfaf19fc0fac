package tr.destek.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import tr.destek.platform.InvalidInputException;
import tr.destek.programme.ProgrammeParameters;

/**
 * The subsidy schedule of a loan with the parameters in force on its disbursement date:
 * the support points of that date when none are given (MADDE 6(3)), the loan limits of
 * MADDE 6(2), 6(6) and the formula of MADDE 15(4) in force on that date.
 */
@Service
public class InterestSubsidyService {

	private final ProgrammeParameters parameters;

	InterestSubsidyService(ProgrammeParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * @param supportPoints the points in % a year, or {@code null} for the version in
	 * force on the disbursement date
	 * @param approvedBaseAmount the board's support base amount, or {@code null}
	 * @throws InvalidInputException naming the field at fault and the limit
	 */
	public InterestSubsidySchedule schedule(BigDecimal loanAmount, LocalDate disbursementDate, int termMonths,
			int graceMonths, BigDecimal supportPoints, BigDecimal approvedBaseAmount) {
		if (disbursementDate == null) {
			throw new InvalidInputException("disbursementDate", "credit.error.required");
		}
		// MADDE 15(4): before the 29/11/2024 amendment the subsidy depends on the
		// interest
		// the bank actually charged; it cannot be computed from these inputs.
		if (SubsidyFormula.forDisbursementDate(disbursementDate,
				this.parameters) != SubsidyFormula.LOAN_TERM_SUPPORT_POINTS) {
			throw new InvalidInputException("disbursementDate", "credit.error.disbursementDate.legacy");
		}
		SupportPoints points = (supportPoints != null) ? SupportPoints.entered(supportPoints)
				: KosgebLoanParameters.supportPointsOn(this.parameters, disbursementDate)
					.orElseThrow(
							() -> new InvalidInputException("supportPoints", "credit.error.supportPoints.required"));
		LoanTerms terms = new LoanTerms(loanAmount, disbursementDate, termMonths, graceMonths, points);
		return new InterestSubsidyCalculator(KosgebLoanParameters.limitsOn(this.parameters, disbursementDate))
			.calculate(terms, approvedBaseAmount);
	}

	/** The loan limits of MADDE 6(2), 6(6) in force on the date. */
	public LoanLimits limitsOn(LocalDate date) {
		return KosgebLoanParameters.limitsOn(this.parameters, date);
	}

	/** The formula of MADDE 15(4) for a loan disbursed on the date. */
	public SubsidyFormula formulaFor(LocalDate disbursementDate) {
		return SubsidyFormula.forDisbursementDate(disbursementDate, this.parameters);
	}

}
