package tr.destek.credit;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import tr.destek.credit.ExpenseItemSubsidySplitter.FinancedItem;
import tr.destek.credit.ExpenseItemSubsidySplitter.ItemShare;
import tr.destek.credit.ExpenseItemSubsidySplitter.Split;
import tr.destek.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MADDE 15(4) before 29/11/2024, and the split of a quarter over expense items. */
class LegacyAndSplitTests {

	final LegacyInterestSubsidyCalculator legacy = new LegacyInterestSubsidyCalculator();

	final ExpenseItemSubsidySplitter splitter = new ExpenseItemSubsidySplitter();

	/** Destek Puanı × Vadeye Ait Ödenen Faiz Tutarı / Yıllık Faiz Oranı, HALF_UP. */
	@Test
	void madde15_4_formerText_supportPointsTimesInterestPaidOverBankRate() {
		LegacySubsidySchedule schedule = this.legacy.calculate(SupportPoints.entered(new BigDecimal("20")),
				new BigDecimal("40"),
				List.of(new BigDecimal("123456.79"), new BigDecimal("100000.00"), new BigDecimal("0.01")));

		assertThat(schedule.installments()).extracting(i -> i.subsidy().toPlainString())
			.containsExactly("61728.40", "50000.00", "0.01");
		assertThat(schedule.totalSubsidy()).hasToString("111728.41");
		assertThat(schedule.bankAnnualRatePercent()).isEqualByComparingTo("40");
		assertThat(schedule.installments().get(0).interestPaid()).isEqualByComparingTo("123456.79");

		LegacySubsidySchedule thirds = this.legacy.calculate(SupportPoints.entered(new BigDecimal("20")),
				new BigDecimal("45"), List.of(new BigDecimal("100000.00")));
		assertThat(thirds.totalSubsidy()).hasToString("44444.44");
	}

	@Test
	void madde15_4_formerText_rejectsWhatWouldGiveAWrongNumber() {
		SupportPoints twenty = SupportPoints.entered(new BigDecimal("20"));
		assertThatThrownBy(() -> this.legacy.calculate(twenty, BigDecimal.ZERO, List.of(BigDecimal.TEN)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.getField()).isEqualTo("bankAnnualRate"));
		assertThatThrownBy(() -> this.legacy.calculate(twenty, new BigDecimal("15"), List.of(BigDecimal.TEN)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.getField()).isEqualTo("supportPoints");
				assertThat(ex.getMessageKey()).isEqualTo("credit.error.supportPoints.aboveBankRate");
			});
		assertThatThrownBy(() -> this.legacy.calculate(twenty, new BigDecimal("40"),
				List.of(BigDecimal.TEN, new BigDecimal("-1"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.getField()).isEqualTo("interestPaid");
				assertThat(ex.getArguments()).containsExactly(2);
			});
	}

	@Test
	void splitInProportionToTheLoanFinancingEachItem_remainderOnTheLargest() {
		Split split = this.splitter.split(new BigDecimal("500000.00"),
				List.of(item("server", "1000000"), item("software", "1000000"), item("machine", "4000000")));

		assertThat(split.shares()).extracting(s -> s.share().toPlainString())
			.containsExactly("83333.33", "83333.33", "333333.34");
		assertThat(split.payable()).hasToString("500000.00");
		assertThat(split.withheld()).hasToString("0.00");
	}

	@Test
	void negativeRemainderOnTheFirstOfEquallyLargeItems() {
		Split split = this.splitter.split(new BigDecimal("500000.00"),
				List.of(item("a", "1000000"), item("b", "1000000"), item("c", "1000000")));

		assertThat(split.shares()).extracting(s -> s.share().toPlainString())
			.containsExactly("166666.66", "166666.67", "166666.67");
		assertThat(split.payable()).hasToString("500000.00");
	}

	/** MADDE 15(3), 15(4): a failed item's share is withheld, not redistributed. */
	@Test
	void madde15_4_failedInspectionShareIsWithheldNotRedistributed() {
		Split split = this.splitter.split(new BigDecimal("460247.71"), List.of(item("server", "3000000"),
				new FinancedItem("CNC machine", new BigDecimal("3000000"), true), item("software", "4000000")));

		assertThat(split.shares()).extracting(s -> s.share().toPlainString())
			.containsExactly("138074.31", "138074.31", "184099.09");
		ItemShare failed = split.shares().get(1);
		assertThat(failed.payable()).hasToString("0.00");
		assertThat(failed.withheld()).hasToString("138074.31");
		assertThat(split.shares().get(0).payable()).hasToString("138074.31");
		assertThat(split.shares().get(2).payable()).hasToString("184099.09");
		assertThat(split.payable()).hasToString("322173.40");
		assertThat(split.withheld()).hasToString("138074.31");
		assertThat(split.payable().add(split.withheld())).isEqualByComparingTo(split.subsidy());
	}

	@Test
	void itemsNeedAPositiveFinancedAmount() {
		assertThatThrownBy(() -> this.splitter.split(BigDecimal.TEN, List.of(item("x", "0"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.getField()).isEqualTo("items"));
		assertThatThrownBy(() -> this.splitter.split(BigDecimal.TEN, List.of()))
			.isInstanceOf(InvalidInputException.class);
	}

	static FinancedItem item(String name, String amount) {
		return new FinancedItem(name, new BigDecimal(amount), false);
	}

}
