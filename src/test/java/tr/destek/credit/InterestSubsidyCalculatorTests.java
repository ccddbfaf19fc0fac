package tr.destek.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tr.destek.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** calculations.md §1, KOSGEB UE-34.00/03 MADDE 15(4) (text since 29/11/2024) and 6. */
class InterestSubsidyCalculatorTests {

	static final LocalDate DISBURSED = LocalDate.of(2025, 3, 14);

	final InterestSubsidyCalculator calculator = new InterestSubsidyCalculator();

	static LoanTerms terms(String amount, int term, int grace, String points) {
		return new LoanTerms(new BigDecimal(amount), DISBURSED, term, grace,
				SupportPoints.entered(new BigDecimal(points)));
	}

	static List<String> column(InterestSubsidySchedule schedule,
			java.util.function.Function<SubsidyQuarter, BigDecimal> f) {
		return schedule.quarters().stream().map(f).map(BigDecimal::toPlainString).toList();
	}

	/**
	 * The public worked example: P = 10.000.000,00, n = 36, g = 6, s = 20. The example
	 * lists three quarters of 500.000,00: the two grace quarters (G = 2) and quarter 3,
	 * the first repayment quarter, whose interest is on the still untouched balance.
	 */
	@Test
	void madde15_4_publicWorkedExample() {
		InterestSubsidySchedule schedule = this.calculator.calculate(terms("10000000.00", 36, 6, "20"), null);

		assertThat(schedule.quarterlyRate()).isEqualByComparingTo("0.05");
		assertThat(schedule.terms().graceQuarters()).isEqualTo(2);
		assertThat(schedule.terms().repaymentQuarters()).isEqualTo(10);
		assertThat(schedule.installment()).hasToString("1295045.75");
		assertThat(column(schedule, SubsidyQuarter::interest)).containsExactly("500000.00", "500000.00", "500000.00",
				"460247.71", "418507.81", "374680.91", "328662.67", "280343.52", "229608.41", "176336.54", "120401.08",
				"61668.85");
		assertThat(column(schedule, SubsidyQuarter::principal)).containsExactly("0.00", "0.00", "795045.75",
				"834798.04", "876537.94", "920364.84", "966383.08", "1014702.23", "1065437.34", "1118709.21",
				"1174644.67", "1233376.90");
		assertThat(schedule.quarters().get(11).balance()).hasToString("0.00");
		assertThat(schedule.totalSubsidy()).hasToString("3950457.50");
		assertThat(schedule.totalPrincipal()).hasToString("10000000.00");
		// inputs recorded next to the result
		assertThat(schedule.terms().loanAmount()).isEqualByComparingTo("10000000");
		assertThat(schedule.terms().supportPoints().percentPerYear()).isEqualByComparingTo("20");
		assertThat(schedule.terms().disbursementDate()).isEqualTo(DISBURSED);
	}

	@ParameterizedTest(name = "P={0} n={1} g={2} s={3}")
	@CsvSource({ "1000000.00, 36, 0, 20, 112825.41, 353904.94", "20000000.00, 36, 3, 20, 2407777.83, 7485556.13",
			"20000000.00, 36, 6, 20, 2590091.50, 7900915.00", "1000000.00, 3, 0, 20, 1050000.00, 50000.00",
			"5000000.00, 12, 3, 17.5, 1814580.89, 662492.68", "10000000, 36, 6, 20, 1295045.75, 3950457.50" })
	void boundaryCases_principalsAddUpToTheLoanExactly(String amount, int term, int grace, String points,
			String installment, String total) {
		InterestSubsidySchedule schedule = this.calculator.calculate(terms(amount, term, grace, points), null);

		assertThat(schedule.installment()).hasToString(installment);
		assertThat(schedule.totalSubsidy()).hasToString(total);
		assertThat(schedule.quarters()).hasSize(term / 3);
		assertThat(schedule.totalPrincipal()).isEqualByComparingTo(amount);
		assertThat(schedule.quarters().get(schedule.quarters().size() - 1).balance()).hasToString("0.00");
		assertThat(schedule.quarters()).allSatisfy(q -> {
			assertThat(q.interest().scale()).isEqualTo(2);
			assertThat(q.principal().scale()).isEqualTo(2);
			assertThat(q.balance().signum()).isGreaterThanOrEqualTo(0);
		});
		BigDecimal sum = schedule.quarters()
			.stream()
			.map(SubsidyQuarter::interest)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(sum).isEqualByComparingTo(schedule.totalSubsidy());
	}

	@ParameterizedTest(name = "grace {0} months")
	@CsvSource({ "0, 0", "3, 1", "6, 2" })
	void madde6_6_graceQuartersAreInterestOnly(int grace, int graceQuarters) {
		InterestSubsidySchedule schedule = this.calculator.calculate(terms("4000000.00", 36, grace, "20"), null);

		assertThat(schedule.terms().graceQuarters()).isEqualTo(graceQuarters);
		for (SubsidyQuarter q : schedule.quarters()) {
			if (q.number() <= graceQuarters) {
				assertThat(q.principal()).hasToString("0.00");
				assertThat(q.interest()).hasToString("200000.00");
				assertThat(q.balance()).hasToString("4000000.00");
			}
			else if (q.number() < schedule.quarters().size()) {
				assertThat(q.payment()).isEqualTo(schedule.installment());
			}
		}
		assertThat(schedule.quarters().get(graceQuarters).principal().signum()).isPositive();
	}

	@Test
	void lastQuarterClosesTheBalanceEvenWhenItDiffersFromTheInstallment() {
		InterestSubsidySchedule schedule = this.calculator.calculate(terms("1000000.00", 36, 0, "20"), null);

		SubsidyQuarter last = schedule.quarters().get(11);
		assertThat(last.interest()).hasToString("5372.64");
		assertThat(last.principal()).hasToString("107452.79");
		assertThat(last.payment()).hasToString("112825.43");
		assertThat(last.balance()).hasToString("0.00");
	}

	@Test
	void termOfThreeMonthsIsOneQuarter() {
		InterestSubsidySchedule schedule = this.calculator.calculate(terms("1000000", 3, 0, "20"), null);

		assertThat(schedule.quarters()).singleElement().satisfies(q -> {
			assertThat(q.dueDate()).isEqualTo(LocalDate.of(2025, 6, 14));
			assertThat(q.interest()).hasToString("50000.00");
			assertThat(q.principal()).hasToString("1000000.00");
		});
	}

	/** deadlines.md item 4 (MADDE 18(14)): a day the month lacks becomes its last day. */
	@Test
	void madde18_14_dueDatesFromThe31stOfJanuary() {
		LoanTerms terms = new LoanTerms(new BigDecimal("2000000"), LocalDate.of(2025, 1, 31), 36, 6,
				SupportPoints.entered(BigDecimal.valueOf(20)));

		InterestSubsidySchedule schedule = this.calculator.calculate(terms, null);

		assertThat(schedule.quarters().stream().map(SubsidyQuarter::dueDate).toList()).containsExactly(
				LocalDate.of(2025, 4, 30), LocalDate.of(2025, 7, 31), LocalDate.of(2025, 10, 31),
				LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 7, 31),
				LocalDate.of(2026, 10, 31), LocalDate.of(2027, 1, 31), LocalDate.of(2027, 4, 30),
				LocalDate.of(2027, 7, 31), LocalDate.of(2027, 10, 31), LocalDate.of(2028, 1, 31));
	}

	@Test
	void madde18_14_dueDatesFromTheEndOfNovemberFallOnTheLastDayOfFebruary() {
		LoanTerms terms = new LoanTerms(new BigDecimal("2000000"), LocalDate.of(2026, 11, 30), 12, 0,
				SupportPoints.entered(BigDecimal.valueOf(20)));

		InterestSubsidySchedule schedule = this.calculator.calculate(terms, null);

		// 2027 is not a leap year, 2028 is
		assertThat(schedule.quarters().stream().map(SubsidyQuarter::dueDate).toList()).containsExactly(
				LocalDate.of(2027, 2, 28), LocalDate.of(2027, 5, 30), LocalDate.of(2027, 8, 30),
				LocalDate.of(2027, 11, 30));
		assertThat(InterestSubsidyCalculator.dueDate(LocalDate.of(2027, 11, 30), 1))
			.isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "loanAmount, credit.error.loanAmount.min, 999999.99, 36, 6, 20",
			"loanAmount, credit.error.loanAmount.max, 20000000.01, 36, 6, 20",
			"loanAmount, credit.error.loanAmount.kurus, 1000000.001, 36, 6, 20",
			"termMonths, credit.error.termMonths.max, 10000000, 39, 6, 20",
			"termMonths, credit.error.termMonths.quarters, 10000000, 35, 6, 20",
			"termMonths, credit.error.termMonths.min, 10000000, 0, 0, 20",
			"graceMonths, credit.error.graceMonths.allowed, 10000000, 36, 9, 20",
			"graceMonths, credit.error.graceMonths.allowed, 10000000, 36, 4, 20",
			"graceMonths, credit.error.graceMonths.allowed, 10000000, 36, -3, 20",
			"graceMonths, credit.error.graceMonths.term, 10000000, 6, 6, 20",
			"graceMonths, credit.error.graceMonths.term, 10000000, 3, 3, 20" })
	void madde6_invalidTermsNameTheFieldAndTheLimit(String field, String key, String amount, int term, int grace,
			String points) {
		assertThatThrownBy(() -> this.calculator.calculate(terms(amount, term, grace, points), null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.getField()).isEqualTo(field);
				assertThat(ex.getMessageKey()).isEqualTo(key);
			});
	}

	@Test
	void madde6_2_limitsAreInclusiveAndTheLimitIsReported() {
		assertThat(this.calculator.calculate(terms("1000000.00", 36, 6, "20"), null).quarters()).hasSize(12);
		assertThat(this.calculator.calculate(terms("20000000.00", 36, 6, "20"), null).quarters()).hasSize(12);
		assertThatThrownBy(() -> this.calculator.calculate(terms("999999", 36, 6, "20"), null)).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.getArguments()).containsExactly(new BigDecimal("1000000.00")));
	}

	@Test
	void madde14_2_loanMayNotExceedTheApprovedBaseAmount() {
		assertThat(this.calculator.calculate(terms("5000000", 36, 6, "20"), new BigDecimal("5000000")).quarters())
			.hasSize(12);
		assertThatThrownBy(() -> this.calculator.calculate(terms("5000000.01", 36, 6, "20"), new BigDecimal("5000000")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.getField()).isEqualTo("loanAmount");
				assertThat(ex.getMessageKey()).isEqualTo("credit.error.loanAmount.base");
			});
	}

	@Test
	void supportPointsMustBePositive() {
		assertThatThrownBy(() -> SupportPoints.entered(BigDecimal.ZERO)).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.getField()).isEqualTo("supportPoints"));
		assertThatThrownBy(() -> SupportPoints.entered(new BigDecimal("-5"))).isInstanceOf(InvalidInputException.class);
		assertThat(SupportPoints.entered(new BigDecimal("20")).annualRate()).isEqualByComparingTo("0.20");
	}

	@Test
	void limitsFromParametersApply() {
		InterestSubsidyCalculator wider = new InterestSubsidyCalculator(
				new LoanLimits(new BigDecimal("500000"), new BigDecimal("30000000"), 48, 12));

		assertThat(wider.calculate(terms("600000", 48, 12, "20"), null).quarters()).hasSize(16);
	}

}
