package tr.destek.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** KOBİ Yönetmeliği MADDE 5 at every boundary, with the thresholds of V6 as data. */
class SizeClassifierTest {

	static final LocalDate FROM_2023 = LocalDate.of(2023, 5, 25);

	static final LocalDate FROM_2025 = LocalDate.of(2025, 8, 7);

	static final SizeThresholds BEFORE_AMENDMENT = thresholds(new BigDecimal("500000000"), FROM_2023);

	static final SizeThresholds AFTER_AMENDMENT = thresholds(new BigDecimal("1000000000"), FROM_2025);

	static final LocalDate DAY = LocalDate.of(2025, 1, 15);

	static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

	final SizeClassExplainer explainer = new SizeClassExplainer(messages());

	static SizeThresholds thresholds(BigDecimal mediumLimit, LocalDate mediumFrom) {
		return new SizeThresholds(
				new SizeThreshold(SizeClass.MICRO, 10, FROM_2023, new BigDecimal("10000000"), FROM_2023),
				new SizeThreshold(SizeClass.SMALL, 50, FROM_2023, new BigDecimal("100000000"), FROM_2023),
				new SizeThreshold(SizeClass.MEDIUM, 250, FROM_2023, mediumLimit, mediumFrom));
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/enterprise");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static SizeClass classOf(int employees, String netSales, String balanceSheet, SizeThresholds thresholds) {
		return SizeClassifier.classify(figures(employees, netSales, balanceSheet), thresholds, DAY).sizeClass();
	}

	static CompanyFigures figures(int employees, String netSales, String balanceSheet) {
		return new CompanyFigures(employees, new BigDecimal(netSales), new BigDecimal(balanceSheet));
	}

	@Test
	void madde5_nineEmployeesIsMicroTenIsSmall() {
		assertThat(classOf(9, "1000000", "1000000", BEFORE_AMENDMENT)).isEqualTo(SizeClass.MICRO);
		assertThat(classOf(10, "1000000", "1000000", BEFORE_AMENDMENT)).isEqualTo(SizeClass.SMALL);
	}

	@Test
	void madde5_employeeLimitsOfSmallAndMedium() {
		assertThat(classOf(49, "1000000", "1000000", BEFORE_AMENDMENT)).isEqualTo(SizeClass.SMALL);
		assertThat(classOf(50, "1000000", "1000000", BEFORE_AMENDMENT)).isEqualTo(SizeClass.MEDIUM);
		assertThat(classOf(249, "1000000", "1000000", BEFORE_AMENDMENT)).isEqualTo(SizeClass.MEDIUM);
		assertThat(classOf(250, "1000000", "1000000", BEFORE_AMENDMENT)).isEqualTo(SizeClass.LARGE);
	}

	@Test
	void madde5_moneyExactlyAtTheLimitIsWithinItOneKurusOverIsNot() {
		assertThat(classOf(5, "10000000.00", "10000000.00", BEFORE_AMENDMENT)).isEqualTo(SizeClass.MICRO);
		assertThat(classOf(5, "10000000.01", "10000000.01", BEFORE_AMENDMENT)).isEqualTo(SizeClass.SMALL);
		assertThat(classOf(20, "100000000.00", "100000000.01", BEFORE_AMENDMENT)).isEqualTo(SizeClass.SMALL);
		assertThat(classOf(20, "100000000.01", "100000000.01", BEFORE_AMENDMENT)).isEqualTo(SizeClass.MEDIUM);
		assertThat(classOf(100, "500000000.00", "900000000", BEFORE_AMENDMENT)).isEqualTo(SizeClass.MEDIUM);
		assertThat(classOf(100, "500000000.01", "500000000.01", BEFORE_AMENDMENT)).isEqualTo(SizeClass.LARGE);
	}

	@Test
	void madde5_netSalesOverButBalanceSheetUnderIsEnough() {
		SizeClassification result = SizeClassifier.classify(figures(5, "15000000", "8000000"), BEFORE_AMENDMENT, DAY);
		assertThat(result.sizeClass()).isEqualTo(SizeClass.MICRO);
		assertThat(result.basis()).isEqualTo(SizeClassification.Basis.BALANCE_SHEET);
		assertThat(this.explainer.reason(result, TURKISH)).startsWith("Mikro işletme: 5 çalışan < 10")
			.contains("yıllık mali bilanço toplamı 8.000.000,00 TL ≤ 10.000.000,00 TL")
			.contains("yıllık net satış hasılatı 15.000.000,00 TL");
	}

	@Test
	void madde5_fewEmployeesButBothAmountsOverEveryLimitIsLarge() {
		SizeClassification result = SizeClassifier.classify(figures(30, "600000000", "700000000"), BEFORE_AMENDMENT,
				DAY);
		assertThat(result.sizeClass()).isEqualTo(SizeClass.LARGE);
		assertThat(result.basis()).isEqualTo(SizeClassification.Basis.LARGE_BY_AMOUNTS);
		assertThat(this.explainer.reason(result, Locale.ENGLISH)).contains("30 employees < 250")
			.contains("500,000,000.00 TL");
	}

	@Test
	void madde5_mediumMoneyLimitRaisedToOneBillionFrom07082025() {
		assertThat(classOf(100, "800000000", "800000000", BEFORE_AMENDMENT)).isEqualTo(SizeClass.LARGE);
		assertThat(classOf(100, "800000000", "800000000", AFTER_AMENDMENT)).isEqualTo(SizeClass.MEDIUM);
		assertThat(classOf(100, "1000000000.00", "2000000000", AFTER_AMENDMENT)).isEqualTo(SizeClass.MEDIUM);
		assertThat(classOf(100, "1000000000.01", "1000000000.01", AFTER_AMENDMENT)).isEqualTo(SizeClass.LARGE);
	}

	@Test
	void theReasonNamesTheFiguresTheLimitsAndTheirValidFromDate() {
		SizeClassification result = SizeClassifier.classify(figures(35, "42000000", "60000000"), BEFORE_AMENDMENT, DAY);
		assertThat(this.explainer.reason(result, TURKISH)).isEqualTo(
				"Küçük işletme: 35 çalışan < 50 ve yıllık net satış hasılatı 42.000.000,00 TL ≤ 100.000.000,00 TL "
						+ "(KOBİ Yönetmeliği MADDE 5, 25/05/2023 tarihinden itibaren geçerli eşikler)");
		assertThat(this.explainer.reason(result, Locale.ENGLISH))
			.isEqualTo("Small enterprise: 35 employees < 50 and annual net sales 42,000,000.00 TL ≤ 100,000,000.00 TL "
					+ "(KOBİ Regulation MADDE 5, thresholds in force from 25/05/2023)");
	}

	@Test
	void theMediumReasonAfterTheAmendmentGivesItsDate() {
		SizeClassification result = SizeClassifier.classify(figures(100, "800000000", "800000000"), AFTER_AMENDMENT,
				LocalDate.of(2025, 9, 1));
		assertThat(this.explainer.reason(result, TURKISH)).contains("800.000.000,00 TL ≤ 1.000.000.000,00 TL")
			.contains("07/08/2025 tarihinden itibaren");
	}

	@Test
	void tooManyEmployeesIsLargeWhateverTheAmounts() {
		SizeClassification result = SizeClassifier.classify(figures(300, "1", "1"), AFTER_AMENDMENT, DAY);
		assertThat(result.sizeClass()).isEqualTo(SizeClass.LARGE);
		assertThat(this.explainer.reason(result, TURKISH))
			.startsWith("Büyük işletme (KOBİ değil): 300 çalışan, orta büyüklükteki işletme sınırı olan 250");
	}

	@Test
	void withoutFiguresTheClassIsUnknownAndTheReasonSaysWhatToEnter() {
		SizeClassification unknown = SizeClassification.unknown(LocalDate.of(2026, 3, 1));
		assertThat(unknown.isKnown()).isFalse();
		assertThat(this.explainer.reason(unknown, TURKISH)).contains("(2025)").contains("çalışan sayısını");
	}

	@Test
	void withoutThresholdsOnTheDateTheReasonSaysSo() {
		assertThat(this.explainer.reason(SizeClassification.noThresholds(LocalDate.of(2020, 1, 1)), TURKISH))
			.startsWith("01/01/2020 tarihinde yürürlükte KOBİ büyüklük eşikleri tanımlı olmadığından");
	}

}
