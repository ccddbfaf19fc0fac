package tr.destek.kosgeb.eligibility;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import tr.destek.kosgeb.eligibility.EligibilityParameters.TransitionalReportWindow;
import tr.destek.kosgeb.eligibility.SizeClassFact.SizeClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The eligibility rules of KOSGEB UE-34.00/03 at their boundaries, without Spring. Tests
 * are named after the article they prove.
 */
class KosgebEligibilityRulesTests {

	static final Locale TR = Locale.forLanguageTag("tr");

	static final TransitionalReportWindow TRANSITIONAL = new TransitionalReportWindow(LocalDate.of(2023, 1, 1),
			LocalDate.of(2024, 5, 31), LocalDate.of(2025, 5, 31));

	static final EligibilityParameters PARAMETERS = new EligibilityParameters(new BigDecimal("1000000"),
			new BigDecimal("20000000"), 1, TRANSITIONAL);

	static final EligibilityRules RULES = EligibilityRules.standard();

	static final ResourceBundleMessageSource MESSAGES = messages();

	static final List<RuleResult> RENDERED = new ArrayList<>();

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/kosgeb-eligibility");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static EligibilityReport evaluate(Facts facts) {
		return evaluate(facts, PARAMETERS);
	}

	static EligibilityReport evaluate(Facts facts, EligibilityParameters parameters) {
		EligibilityReport report = RULES.evaluate(facts.build(), parameters);
		RENDERED.addAll(report.results());
		return report;
	}

	static RuleResult result(Facts facts, String ruleId) {
		return evaluate(facts).result(ruleId);
	}

	static String explanation(RuleResult result, Locale locale) {
		return MESSAGES.getMessage(result.messageKey(), result.argumentArray(), locale);
	}

	static String remedy(RuleResult result, Locale locale) {
		return MESSAGES.getMessage(result.remedyKey(), result.argumentArray(), locale);
	}

	@Test
	void qualifyingManufacturerCanSubmitWithTheConsultantFlaggedForReview() {
		EligibilityReport report = evaluate(Facts.qualifying());
		assertThat(report.evaluatedFor()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(report.results()).extracting(RuleResult::ruleId)
			.containsExactly("registered-active", "declaration-current", "small-or-medium", "nace-section-c",
					"maturity-report", "consultant-authorisation", "excluded-activity", "financial-health",
					"support-base", "first-use", "supplier-conflict");
		assertThat(report.failures()).isEmpty();
		assertThat(report.blocksSubmission()).isFalse();
		assertThat(report.needsReview()).isTrue();
		assertThat(report.reviews()).extracting(RuleResult::ruleId).containsExactly("consultant-authorisation");
	}

	@Nested
	class Madde7_1 {

		@Test
		void registeredActiveCompanyUnderTtkPasses() {
			RuleResult result = result(Facts.qualifying(), "registered-active");
			assertThat(result.outcome()).isEqualTo(Outcome.PASS);
			assertThat(result.article()).isEqualTo("MADDE 7(1)");
			assertThat(explanation(result, TR)).isEqualTo(
					"İşletmeniz limited şirket (tüzel kişi) olarak 01.06.2015 tarihinden beri KOSGEB sisteminde kayıtlı ve aktif. "
							+ "Programdan Türk Ticaret Kanunu'nda tanımlı, sistemde kayıtlı ve aktif gerçek veya tüzel kişiler yararlanabilir (MADDE 7(1)).");
			assertThat(explanation(result, Locale.ENGLISH)).startsWith(
					"Your enterprise has been registered and active in the KOSGEB system as a limited company (legal person) since 01.06.2015.");
		}

		@Test
		void inactiveRegistrationFailsWithRemedy() {
			Facts facts = Facts.qualifying();
			facts.active = false;
			RuleResult result = result(facts, "registered-active");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(result.remedyKey()).isEqualTo("kosgeb.eligibility.registered.remedy.inactive");
		}

		@Test
		void legalFormOutsideTtkFails() {
			Facts facts = Facts.qualifying();
			facts.legalForm = "ASSOCIATION";
			RuleResult result = result(facts, "registered-active");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(explanation(result, TR)).contains("(ASSOCIATION)").contains("MADDE 7(1)");
		}

	}

	@Nested
	class Madde7_2Declaration {

		@Test
		void declarationDatedExactlyOneYearBeforeIsStillCurrent() {
			Facts facts = Facts.qualifying();
			facts.declarationDate = LocalDate.of(2025, 3, 10);
			RuleResult result = result(facts, "declaration-current");
			assertThat(result.outcome()).isEqualTo(Outcome.PASS);
			assertThat(explanation(result, TR)).contains("10.03.2025 tarihli ve 10.03.2026 tarihine kadar güncel");
		}

		@Test
		void declarationOneYearAndOneDayOldIsOutdated() {
			Facts facts = Facts.qualifying();
			facts.declarationDate = LocalDate.of(2025, 3, 9);
			RuleResult result = result(facts, "declaration-current");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(remedy(result, TR)).contains("İşletme Beyanınızı yenileyin");
		}

		@Test
		void missingDeclarationFailsWithRemedy() {
			Facts facts = Facts.qualifying();
			facts.declarationDate = null;
			RuleResult result = result(facts, "declaration-current");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(result.messageKey()).isEqualTo("kosgeb.eligibility.declaration.fail.missing");
			assertThat(result.remedyKey()).isNotNull();
		}

	}

	@Nested
	class Madde7_2Size {

		@Test
		void smallAndMediumPass() {
			assertThat(result(Facts.qualifying(), "small-or-medium").outcome()).isEqualTo(Outcome.PASS);
			assertThat(
					result(Facts.qualifying().size(SizeClass.MEDIUM, "2025: 120 çalışan"), "small-or-medium").outcome())
				.isEqualTo(Outcome.PASS);
		}

		@Test
		void microIsExcludedWithTheMadde7_2Explanation() {
			RuleResult result = result(
					Facts.qualifying().size(SizeClass.MICRO, "2025: 6 çalışan, net satış 4.200.000,00 TL"),
					"small-or-medium");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(result.article()).isEqualTo("MADDE 7(2)");
			assertThat(explanation(result, TR))
				.isEqualTo("İşletmeniz 10.03.2026 tarihi itibarıyla mikro ölçekli: 2025: 6 çalışan, net satış "
						+ "4.200.000,00 TL. Mikro ölçekli işletmeler bu programdan yararlanamaz (MADDE 7(2)).");
			assertThat(explanation(result, Locale.ENGLISH))
				.contains("Micro enterprises cannot use this programme (MADDE 7(2))");
			assertThat(remedy(result, TR)).contains("bu program size uygun değil");
		}

		@Test
		void largeIsNotAnSme() {
			RuleResult result = result(Facts.qualifying().size(SizeClass.LARGE, "2025: 300 çalışan"),
					"small-or-medium");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(explanation(result, TR)).contains("büyük ölçekli, yani KOBİ değil: 2025: 300 çalışan");
		}

		@Test
		void unknownSizeFailsWithRemedyToEnterFiscalYearFigures() {
			RuleResult result = result(Facts.qualifying().size(SizeClass.UNKNOWN, null), "small-or-medium");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(remedy(result, TR)).contains("son kapanan mali yılın bilgilerini");
			assertThat(remedy(result, Locale.ENGLISH)).contains("Enter the figures of the last closed fiscal year");
		}

	}

	@Nested
	class Madde7_3 {

		@Test
		void repairOfMachinery33_12IsManufacturing() {
			RuleResult result = result(Facts.qualifying().nace("33.12", "C"), "nace-section-c");
			assertThat(result.outcome()).isEqualTo(Outcome.PASS);
			assertThat(result(Facts.qualifying().nace("10.11.01", "C"), "nace-section-c").outcome())
				.isEqualTo(Outcome.PASS);
		}

		@Test
		void electricity35_11IsNotManufacturing() {
			RuleResult result = result(Facts.qualifying().nace("35.11", "D"), "nace-section-c");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(explanation(result, TR)).isEqualTo("Ana faaliyet kodunuz 35.11 (Kısım D). Bu programdan "
					+ "yalnızca NACE Rev.2 Kısım C — İmalat işletmeleri yararlanabilir (MADDE 7(3)).");
			assertThat(remedy(result, TR)).isEqualTo(
					"İşletme profilinizde ana faaliyet kodunu kontrol edin; kodunuz doğruysa bu program size uygun değil.");
		}

		@Test
		void divisionsJustOutsideTheSectionFail() {
			assertThat(result(Facts.qualifying().nace("09.90", "B"), "nace-section-c").outcome())
				.isEqualTo(Outcome.FAIL);
			assertThat(result(Facts.qualifying().nace("", ""), "nace-section-c").messageKey())
				.isEqualTo("kosgeb.eligibility.nace.fail.missing");
		}

	}

	@Nested
	class Madde7_4 {

		@Test
		void reportApprovedExactlyOneYearAgoIsInTime() {
			RuleResult result = result(Facts.qualifying().report(LocalDate.of(2025, 3, 10), null), "maturity-report");
			assertThat(result.outcome()).isEqualTo(Outcome.PASS);
			assertThat(explanation(result, TR)).contains("10.03.2025 tarihinde onaylanmış")
				.contains("1 yıl içinde, 10.03.2026 tarihine kadar");
		}

		@Test
		void reportApprovedOneYearAndOneDayAgoIsLate() {
			RuleResult result = result(Facts.qualifying().report(LocalDate.of(2025, 3, 9), null), "maturity-report");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(result.messageKey()).isEqualTo("kosgeb.eligibility.report.fail.period");
			assertThat(explanation(result, TR)).contains("en geç 09.03.2026");
			assertThat(remedy(result, TR)).contains("yeni bir dijital dönüşüm/olgunluk değerlendirme raporu");
		}

		@Test
		void validityDateInTheReportDecidesInsteadOfOneYear() {
			Facts facts = Facts.qualifying().report(LocalDate.of(2024, 6, 14), LocalDate.of(2026, 6, 30));
			assertThat(result(facts.appliedOn(LocalDate.of(2026, 6, 30)), "maturity-report").outcome())
				.isEqualTo(Outcome.PASS);
			RuleResult late = result(facts.appliedOn(LocalDate.of(2026, 7, 1)), "maturity-report");
			assertThat(late.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(late.messageKey()).isEqualTo("kosgeb.eligibility.report.fail.validity");
		}

		@Test
		void validityDateBeforeOneYearAlsoEndsTheWindow() {
			Facts facts = Facts.qualifying()
				.report(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 31))
				.appliedOn(LocalDate.of(2026, 2, 1));
			assertThat(result(facts, "maturity-report").outcome()).isEqualTo(Outcome.FAIL);
		}

		@Test
		void lastDayOnAWeekendMovesToTheNextWorkingDayWhenCountedByTheCalendar() {
			// MADDE 18(13): approved Sat 2025-03-08, the year ends Sun 2026-03-08 -> Mon
			PeriodEnd weekendsClosed = (start, years) -> {
				LocalDate day = start.plusYears(years);
				while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
					day = day.plusDays(1);
				}
				return day;
			};
			EligibilityRules rules = new EligibilityRules(ExcludedActivities.load(), weekendsClosed);
			Facts facts = Facts.qualifying().report(LocalDate.of(2025, 3, 8), null);
			assertThat(rules.evaluate(facts.appliedOn(LocalDate.of(2026, 3, 9)).build(), PARAMETERS)
				.result("maturity-report")
				.outcome()).isEqualTo(Outcome.PASS);
			assertThat(rules.evaluate(facts.appliedOn(LocalDate.of(2026, 3, 10)).build(), PARAMETERS)
				.result("maturity-report")
				.outcome()).isEqualTo(Outcome.FAIL);
		}

		@Test
		void missingReportFailsAndTheConsultantStillNeedsReview() {
			EligibilityReport report = evaluate(Facts.qualifying().noReport());
			assertThat(report.result("maturity-report").outcome()).isEqualTo(Outcome.FAIL);
			assertThat(report.result("maturity-report").remedyKey())
				.isEqualTo("kosgeb.eligibility.report.remedy.missing");
			assertThat(report.result("consultant-authorisation").outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
			assertThat(report.blocksSubmission()).isTrue();
		}

		@Test
		void consultantAuthorisationIsVerifiedByStaff() {
			RuleResult result = result(Facts.qualifying(), "consultant-authorisation");
			assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
			assertThat(explanation(result, Locale.ENGLISH)).contains("Dijital Olgunluk Danışmanlık A.Ş.")
				.contains("KOSGEB staff will verify the consultant's authorisation");
		}

	}

	@Nested
	class GeciciMadde1 {

		@Test
		void reportsDatedAtBothEndsOfTheWindowMayApplyUntil31May2025() {
			RuleResult first = result(
					Facts.qualifying().report(LocalDate.of(2023, 1, 1), null).appliedOn(LocalDate.of(2025, 5, 31)),
					"maturity-report");
			assertThat(first.outcome()).isEqualTo(Outcome.PASS);
			assertThat(first.messageKey()).isEqualTo("kosgeb.eligibility.report.pass.transitional");
			assertThat(explanation(first, TR)).contains("01.01.2023–31.05.2024 arasında alınan raporlarla 31.05.2025")
				.contains("GEÇİCİ MADDE 1");
			RuleResult last = result(
					Facts.qualifying().report(LocalDate.of(2024, 5, 31), null).appliedOn(LocalDate.of(2025, 5, 31)),
					"maturity-report");
			assertThat(last.outcome()).isEqualTo(Outcome.PASS);
		}

		@Test
		void transitionalReportsCannotBeUsedFrom1June2025() {
			for (LocalDate dated : List.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 5, 31))) {
				RuleResult result = result(Facts.qualifying().report(dated, null).appliedOn(LocalDate.of(2025, 6, 1)),
						"maturity-report");
				assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
				assertThat(result.messageKey()).isEqualTo("kosgeb.eligibility.report.fail.period.transitional-ended");
				assertThat(explanation(result, TR)).contains("en geç 31.05.2025 tarihine kadar");
			}
		}

		@Test
		void reportDated31December2022IsNotCovered() {
			RuleResult result = result(
					Facts.qualifying().report(LocalDate.of(2022, 12, 31), null).appliedOn(LocalDate.of(2025, 5, 31)),
					"maturity-report");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(result.messageKey()).isEqualTo("kosgeb.eligibility.report.fail.period");
		}

		@Test
		void beforeTheArticleWasAddedOnlyTheOneYearCounts() {
			EligibilityParameters before = new EligibilityParameters(new BigDecimal("1000000"),
					new BigDecimal("20000000"), 1, null);
			Facts facts = Facts.qualifying().report(LocalDate.of(2023, 1, 1), null).appliedOn(LocalDate.of(2024, 6, 3));
			assertThat(evaluate(facts, before).result("maturity-report").outcome()).isEqualTo(Outcome.FAIL);
		}

	}

	@Nested
	class Madde7_5 {

		@Test
		void tobaccoWeaponsAndGamblingAreExcluded() {
			RuleResult tobacco = result(Facts.qualifying().nace("12.00", "C"), "excluded-activity");
			assertThat(tobacco.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(explanation(tobacco, TR)).contains("12.00")
				.contains("4. satırındaki")
				.contains("Tütün üretimi veya ticareti.")
				.contains("MADDE 7(5)");
			assertThat(explanation(tobacco, Locale.ENGLISH)).contains("Production or trade in tobacco.");
			assertThat(result(Facts.qualifying().nace("25.40", "C"), "excluded-activity").outcome())
				.isEqualTo(Outcome.FAIL);
			assertThat(result(Facts.qualifying().nace("92.00", "R"), "excluded-activity").outcome())
				.isEqualTo(Outcome.FAIL);
			assertThat(result(Facts.qualifying().nace("11.05", "C"), "excluded-activity").outcome())
				.isEqualTo(Outcome.FAIL);
		}

		@Test
		void activitiesThatACodeCannotDecideNeedReviewNamingTheActivity() {
			RuleResult sawmill = result(Facts.qualifying().nace("16.10", "C"), "excluded-activity");
			assertThat(sawmill.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
			assertThat(explanation(sawmill, TR)).contains("Sürdürülebilir şekilde yönetilen ormanlar dışında");
			assertThat(result(Facts.qualifying().nace("20.20", "C"), "excluded-activity").outcome())
				.isEqualTo(Outcome.NEEDS_REVIEW);
			// a division-level code may include weapons (25.40)
			assertThat(result(Facts.qualifying().nace("25", "C"), "excluded-activity").outcome())
				.isEqualTo(Outcome.NEEDS_REVIEW);
		}

		@Test
		void ordinaryManufacturingPasses() {
			assertThat(result(Facts.qualifying().nace("25.62", "C"), "excluded-activity").outcome())
				.isEqualTo(Outcome.PASS);
			assertThat(result(Facts.qualifying().nace("11.07", "C"), "excluded-activity").outcome())
				.isEqualTo(Outcome.PASS);
		}

		@Test
		void shippedTableHasTheTwelveRowsInTheBundleWording() {
			List<ExcludedActivity> rows = ExcludedActivities.load().all();
			assertThat(rows).extracting(ExcludedActivity::number)
				.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
			for (ExcludedActivity row : rows) {
				assertThat(MESSAGES.getMessage(row.messageKey(), null, TR)).isEqualTo(row.wording());
			}
		}

		@Test
		void aCodeMayNotBeMappedToTwoRows() {
			assertThatIllegalStateException().isThrownBy(
					() -> ExcludedActivities.parse(List.of("number;excluded;review;wording", "1;12;;a", "2;;12;b")));
		}

	}

	@Nested
	class Madde7_6 {

		@Test
		void operatingLossInTwoOfThreeYearsPasses() {
			Facts facts = Facts.qualifying()
				.fiscalYears(Facts.year(2023, "-1", "500000"), Facts.year(2024, "-20000", "400000"),
						Facts.year(2025, "10", "300000"));
			RuleResult result = result(facts, "financial-health");
			assertThat(result.outcome()).isEqualTo(Outcome.PASS);
			assertThat(explanation(result, TR)).contains("(2023–2025)")
				.contains("2025 yılında 10,00 TL")
				.contains("300.000,00 TL");
			assertThat(explanation(result, Locale.ENGLISH)).contains("300,000.00 TL");
		}

		@Test
		void operatingLossInEachOfTheLastThreeYearsFails() {
			Facts facts = Facts.qualifying()
				.fiscalYears(Facts.year(2022, "90000", "500000"), Facts.year(2023, "-1", "500000"),
						Facts.year(2024, "-20000", "400000"), Facts.year(2025, "-0.01", "300000"));
			RuleResult result = result(facts, "financial-health");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(result.messageKey()).isEqualTo("kosgeb.eligibility.financial.fail.operating-losses");
			assertThat(explanation(result, TR)).contains("(2023, 2024, 2025)");
		}

		@Test
		void enterpriseFoundedTwoYearsAgoWithTwoLossYearsFails() {
			Facts facts = Facts.qualifying()
				.registered(LocalDate.of(2024, 2, 1))
				.fiscalYears(Facts.year(2024, "-5000", "100000"), Facts.year(2025, "-1000", "90000"));
			RuleResult result = result(facts, "financial-health");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(explanation(result, TR)).contains("(2024, 2025)");
		}

		@Test
		void enterpriseFoundedTwoYearsAgoWithOneProfitableYearPasses() {
			Facts facts = Facts.qualifying()
				.registered(LocalDate.of(2024, 2, 1))
				.fiscalYears(Facts.year(2024, "-5000", "100000"), Facts.year(2025, "0", "90000"));
			assertThat(result(facts, "financial-health").outcome()).isEqualTo(Outcome.PASS);
		}

		@Test
		void enterpriseFoundedInTheApplicationYearNeedsReview() {
			Facts facts = Facts.qualifying().registered(LocalDate.of(2026, 1, 5)).fiscalYears();
			assertThat(result(facts, "financial-health").outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
		}

		@Test
		void equityOfExactlyZeroIsNotNegative() {
			Facts facts = Facts.qualifying()
				.fiscalYears(Facts.year(2023, "1", "5"), Facts.year(2024, "1", "5"), Facts.year(2025, "1", "0.00"));
			assertThat(result(facts, "financial-health").outcome()).isEqualTo(Outcome.PASS);
		}

		@Test
		void equityOfMinusOneKurusInTheLastYearFails() {
			Facts facts = Facts.qualifying()
				.fiscalYears(Facts.year(2023, "1", "-5"), Facts.year(2024, "1", "5"), Facts.year(2025, "1", "-0.01"));
			RuleResult result = result(facts, "financial-health");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(explanation(result, TR)).contains("Son mali yıl (2025) öz kaynaklar toplamınız -0,01 TL");
		}

		@Test
		void negativeEquityBeforeTheLastYearDoesNotCount() {
			Facts facts = Facts.qualifying()
				.fiscalYears(Facts.year(2023, "1", "5"), Facts.year(2024, "1", "-500"), Facts.year(2025, "1", "10"));
			assertThat(result(facts, "financial-health").outcome()).isEqualTo(Outcome.PASS);
		}

		@Test
		void missingFiguresFailWithRemedyToEnterThem() {
			Facts facts = Facts.qualifying()
				.fiscalYears(Facts.year(2023, "-1", "5"), Facts.year(2024, "-1", "5"), Facts.year(2025, null, null));
			RuleResult result = result(facts, "financial-health");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(result.messageKey()).isEqualTo("kosgeb.eligibility.financial.fail.missing");
			assertThat(explanation(result, TR)).contains("2025 yılı için");
			assertThat(result.remedyKey()).isEqualTo("kosgeb.eligibility.financial.remedy.missing");
		}

		@Test
		void aMissingOlderYearDoesNotMatterWhenAnotherYearWasProfitable() {
			Facts facts = Facts.qualifying().fiscalYears(Facts.year(2024, "-1", "5"), Facts.year(2025, "7", "5"));
			assertThat(result(facts, "financial-health").outcome()).isEqualTo(Outcome.PASS);
		}

	}

	@Nested
	class Madde7_7And6_2 {

		@Test
		void belowTheLowerLimitByOneKurusFails() {
			RuleResult result = result(Facts.qualifying().requesting("999999.99"), "support-base");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(explanation(result, TR)).contains("999.999,99 TL").contains("1.000.000,00 TL");
			assertThat(remedy(result, TR)).contains("en az 1.000.000,00 TL");
		}

		@Test
		void exactlyTheLowerLimitPasses() {
			assertThat(result(Facts.qualifying().requesting("1000000.00"), "support-base").outcome())
				.isEqualTo(Outcome.PASS);
		}

		@Test
		void exactlyTheLoanCeilingPasses() {
			RuleResult result = result(Facts.qualifying().requesting("20000000.00"), "support-base");
			assertThat(result.outcome()).isEqualTo(Outcome.PASS);
			assertThat(explanation(result, Locale.ENGLISH)).contains("20,000,000.00 TL");
		}

		@Test
		void aboveTheLoanCeilingByOneKurusFails() {
			RuleResult result = result(Facts.qualifying().requesting("20000000.01"), "support-base");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(explanation(result, TR)).contains("20.000.000,01 TL").contains("MADDE 6(2)");
		}

		@Test
		void noExpenseItemsFail() {
			assertThat(result(Facts.qualifying().requesting(null), "support-base").messageKey())
				.isEqualTo("kosgeb.eligibility.support-base.fail.missing");
		}

		@Test
		void limitsComeFromTheParameters() {
			EligibilityParameters raised = new EligibilityParameters(new BigDecimal("3000000"),
					new BigDecimal("20000000"), 1, TRANSITIONAL);
			assertThat(evaluate(Facts.qualifying().requesting("2500000"), raised).result("support-base").outcome())
				.isEqualTo(Outcome.FAIL);
		}

	}

	@Nested
	class Madde5_3 {

		@Test
		void secondUseOfTheProgrammeFails() {
			Facts facts = Facts.qualifying();
			facts.usedBefore = true;
			RuleResult result = result(facts, "first-use");
			assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(explanation(result, TR)).contains("yalnızca bir kez faydalanabilir (MADDE 5(3))");
		}

		@Test
		void firstUsePasses() {
			assertThat(result(Facts.qualifying(), "first-use").outcome()).isEqualTo(Outcome.PASS);
		}

	}

	@Nested
	class Madde18_9 {

		@Test
		void supplierOwnedByARelatedPersonIsFlaggedNotBlocked() {
			EligibilityReport report = evaluate(
					Facts.qualifying().supplier("Yakın Yazılım Ltd.", "9876543210", "ERP yazılımı lisansı"));
			RuleResult result = report.result("supplier-conflict");
			assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
			assertThat(explanation(result, TR)).contains("Yakın Yazılım Ltd. (9876543210): ERP yazılımı lisansı")
				.doesNotContain("Makine Sanayi")
				.contains("MADDE 18(9)");
			assertThat(report.blocksSubmission()).isFalse();
		}

		@Test
		void unrelatedSuppliersPass() {
			RuleResult result = result(Facts.qualifying(), "supplier-conflict");
			assertThat(result.outcome()).isEqualTo(Outcome.PASS);
			assertThat(explanation(result, TR)).contains("1 tedarikçinin hiçbiri");
		}

	}

	@Test
	void everyResultReadsInTurkishAndEnglishWithoutLeftovers() {
		// rendered by all the tests above plus a deliberately failing enterprise
		Facts failing = Facts.qualifying().size(SizeClass.MICRO, "x").nace("", "").noReport().requesting("5");
		failing.active = false;
		failing.declarationDate = null;
		failing.usedBefore = true;
		evaluate(failing);
		evaluate(Facts.qualifying().nace("99.00", ""));
		for (RuleResult result : new ArrayList<>(RENDERED)) {
			for (Locale locale : List.of(TR, Locale.ENGLISH)) {
				String text = explanation(result, locale);
				assertThat(text).as(result.messageKey()).doesNotContain("{").doesNotContain("''").contains("MADDE");
				if (result.remedyKey() != null) {
					assertThat(remedy(result, locale)).as(result.remedyKey()).doesNotContain("{").doesNotContain("''");
				}
			}
		}
	}

}
