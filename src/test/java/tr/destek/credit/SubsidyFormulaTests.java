package tr.destek.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tr.destek.platform.InvalidInputException;
import tr.destek.programme.ParameterNotDefinedException;
import tr.destek.programme.ParameterValue;
import tr.destek.programme.ProgrammeParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

/**
 * Which formula and which parameters apply on a disbursement date (MADDE 6(3), 15(4)),
 * with and without the programme parameters defined.
 */
class SubsidyFormulaTests {

	static ProgrammeParameters noParameters() {
		ProgrammeParameters parameters = mock(ProgrammeParameters.class);
		given(parameters.valueAsOf(any(), any(), any())).willAnswer(call -> {
			throw new ParameterNotDefinedException(call.getArgument(0), call.getArgument(1), call.getArgument(2));
		});
		return parameters;
	}

	static void define(ProgrammeParameters parameters, String key, String value, LocalDate from) {
		willAnswer(call -> {
			LocalDate asOf = call.getArgument(2);
			if (asOf.isBefore(from)) {
				throw new ParameterNotDefinedException(KosgebLoanParameters.SCOPE, key, asOf);
			}
			return new ParameterValue(KosgebLoanParameters.SCOPE, key, value, "", from, "MADDE 6(3)");
		}).given(parameters).valueAsOf(eq(KosgebLoanParameters.SCOPE), eq(key), any());
	}

	@Test
	void madde15_4_withoutTheParameterTheAmendmentDateDecides() {
		ProgrammeParameters parameters = noParameters();

		assertThat(SubsidyFormula.forDisbursementDate(LocalDate.of(2024, 11, 28), parameters))
			.isEqualTo(SubsidyFormula.INTEREST_PAID_RATIO);
		assertThat(SubsidyFormula.forDisbursementDate(LocalDate.of(2024, 11, 29), parameters))
			.isEqualTo(SubsidyFormula.LOAN_TERM_SUPPORT_POINTS);
	}

	@Test
	void madde15_4_theParameterInForceDecides() {
		ProgrammeParameters parameters = noParameters();
		define(parameters, KosgebLoanParameters.SUBSIDY_FORMULA, "INTEREST_PAID_RATIO", LocalDate.of(2030, 1, 1));

		assertThat(SubsidyFormula.forDisbursementDate(LocalDate.of(2030, 6, 1), parameters))
			.isEqualTo(SubsidyFormula.INTEREST_PAID_RATIO);
	}

	@Test
	void madde6_3_supportPointsInForceOnTheDisbursementDateAreUsedWhenNoneAreGiven() {
		ProgrammeParameters parameters = noParameters();
		define(parameters, KosgebLoanParameters.SUPPORT_POINTS, "17.5", LocalDate.of(2025, 1, 1));
		InterestSubsidyService service = new InterestSubsidyService(parameters);

		InterestSubsidySchedule schedule = service.schedule(new BigDecimal("5000000"), LocalDate.of(2025, 2, 3), 12, 3,
				null, null);

		assertThat(schedule.terms().supportPoints().percentPerYear()).isEqualByComparingTo("17.5");
		assertThat(schedule.terms().supportPoints().fromParameters()).isTrue();
		assertThat(schedule.terms().supportPoints().validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(schedule.totalSubsidy()).hasToString("662492.68");
	}

	@Test
	void madde6_3_withoutAParameterSupportPointsAreRequired() {
		InterestSubsidyService service = new InterestSubsidyService(noParameters());

		assertThatThrownBy(
				() -> service.schedule(new BigDecimal("5000000"), LocalDate.of(2025, 2, 3), 12, 3, null, null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.getField()).isEqualTo("supportPoints");
				assertThat(ex.getMessageKey()).isEqualTo("credit.error.supportPoints.required");
			});
	}

	@Test
	void madde15_4_loansBeforeTheAmendmentAreNotComputedFromAmountAndTerm() {
		InterestSubsidyService service = new InterestSubsidyService(noParameters());

		assertThatThrownBy(() -> service.schedule(new BigDecimal("5000000"), LocalDate.of(2024, 11, 28), 12, 3,
				BigDecimal.TEN, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.getField()).isEqualTo("disbursementDate"));
	}

	@Test
	void madde6_2_limitsFromTheParametersApply() {
		ProgrammeParameters parameters = noParameters();
		define(parameters, KosgebLoanParameters.LOAN_MAX_AMOUNT, "15000000", LocalDate.of(2025, 1, 1));
		InterestSubsidyService service = new InterestSubsidyService(parameters);

		assertThat(service.limitsOn(LocalDate.of(2025, 3, 1)))
			.isEqualTo(new LoanLimits(new BigDecimal("1000000.00"), new BigDecimal("15000000"), 36, 6));
		assertThatThrownBy(() -> service.schedule(new BigDecimal("16000000"), LocalDate.of(2025, 3, 1), 36, 6,
				BigDecimal.TEN, null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.getMessageKey()).isEqualTo("credit.error.loanAmount.max");
				assertThat(ex.getArguments()).containsExactly(new BigDecimal("15000000"));
			});
	}

}
