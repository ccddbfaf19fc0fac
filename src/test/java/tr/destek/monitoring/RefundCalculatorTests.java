package tr.destek.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refund of interest support with legal interest from each payment date (MADDE 17(6),
 * 18(6)); simple interest, actual days / 365, per rate period.
 */
class RefundCalculatorTests {

	static final List<LegalInterestRate> RATES = List.of(
			new LegalInterestRate(LocalDate.of(2006, 1, 1), new BigDecimal("9")),
			new LegalInterestRate(LocalDate.of(2024, 6, 1), new BigDecimal("24")));

	@Test
	void madde17_6_eachPaymentIsReclaimedWithLegalInterestFromItsPaymentDateAtOneRate() {
		// 100.000,00 paid 01/07/2025, refunded 01/07/2026: 365 days at 24 % = 24.000,00
		// 50.000,00 paid 15/01/2026, refunded 01/07/2026: 167 days at 24 % = 5.490,41
		RefundStatement statement = RefundCalculator.calculate(
				List.of(new PaidSupport(LocalDate.of(2026, 1, 15), new BigDecimal("50000")),
						new PaidSupport(LocalDate.of(2025, 7, 1), new BigDecimal("100000.00"))),
				LocalDate.of(2026, 7, 1), RATES, false);

		assertThat(statement.waived()).isFalse();
		assertThat(statement.lines()).hasSize(2);
		RefundLine first = statement.lines().get(0);
		assertThat(first.paymentDate()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(first.periods()).singleElement().satisfies(p -> {
			assertThat(p.days()).isEqualTo(365);
			assertThat(p.from()).isEqualTo(LocalDate.of(2025, 7, 2));
			assertThat(p.to()).isEqualTo(LocalDate.of(2026, 7, 1));
		});
		assertThat(first.interest()).isEqualByComparingTo("24000.00");
		RefundLine second = statement.lines().get(1);
		assertThat(second.periods()).singleElement().satisfies(p -> assertThat(p.days()).isEqualTo(167));
		assertThat(second.interest()).isEqualByComparingTo("5490.41");
		assertThat(statement.principal()).isEqualByComparingTo("150000.00");
		assertThat(statement.interest()).isEqualByComparingTo("29490.41");
		assertThat(statement.total()).isEqualByComparingTo("179490.41");
		assertThat(statement.total().scale()).isEqualTo(2);
	}

	@Test
	void madde18_6_aRateChangeInsideThePeriodIsAppliedPerSubPeriod() {
		// 10.000,00 paid 01/05/2024, refunded 30/06/2024:
		// 02/05–31/05 = 30 days at 9 % = 73,97; 01/06–30/06 = 30 days at 24 % = 197,26
		RefundStatement statement = RefundCalculator.calculate(
				List.of(new PaidSupport(LocalDate.of(2024, 5, 1), new BigDecimal("10000"))), LocalDate.of(2024, 6, 30),
				RATES, false);

		RefundLine line = statement.lines().get(0);
		assertThat(line.periods()).hasSize(2);
		assertThat(line.periods().get(0).days()).isEqualTo(30);
		assertThat(line.periods().get(0).annualPercent()).isEqualByComparingTo("9");
		assertThat(line.periods().get(0).interest()).isEqualByComparingTo("73.97");
		assertThat(line.periods().get(1).from()).isEqualTo(LocalDate.of(2024, 6, 1));
		assertThat(line.periods().get(1).days()).isEqualTo(30);
		assertThat(line.periods().get(1).interest()).isEqualByComparingTo("197.26");
		assertThat(line.interest()).isEqualByComparingTo("271.23");
		assertThat(statement.total()).isEqualByComparingTo("10271.23");
	}

	@Test
	void madde17_6_forceMajeureOrASimilarCauseMeansNoRefund() {
		RefundStatement statement = RefundCalculator.calculate(
				List.of(new PaidSupport(LocalDate.of(2025, 7, 1), new BigDecimal("100000"))), LocalDate.of(2026, 7, 1),
				RATES, true);

		assertThat(statement.waived()).isTrue();
		assertThat(statement.lines()).isEmpty();
		assertThat(statement.total()).isEqualByComparingTo("0.00");
	}

	@Test
	void aPaymentRefundedOnItsOwnPaymentDayCarriesNoInterest() {
		RefundStatement statement = RefundCalculator.calculate(
				List.of(new PaidSupport(LocalDate.of(2026, 3, 2), new BigDecimal("1234.56"))), LocalDate.of(2026, 3, 2),
				RATES, false);

		assertThat(statement.interest()).isEqualByComparingTo("0.00");
		assertThat(statement.total()).isEqualByComparingTo("1234.56");
	}

}
