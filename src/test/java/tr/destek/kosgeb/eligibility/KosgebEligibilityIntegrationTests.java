package tr.destek.kosgeb.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import tr.destek.kosgeb.eligibility.SizeClassFact.SizeClass;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facade reads the KOSGEB_DT parameter versions in force on the application date and
 * counts periods with the calendar; the checklist fragment renders the results.
 */
@IntegrationTest
class KosgebEligibilityIntegrationTests {

	@Autowired
	KosgebEligibility eligibility;

	@Autowired
	ITemplateEngine templates;

	@Test
	void readsTheParameterVersionsInForceOnTheApplicationDate() {
		EligibilityParameters now = this.eligibility.parametersAsOf(LocalDate.of(2026, 3, 10));
		assertThat(now.minSupportBase()).isEqualByComparingTo(new BigDecimal("1000000"));
		assertThat(now.maxLoan()).isEqualByComparingTo(new BigDecimal("20000000"));
		assertThat(now.reportValidityYears()).isEqualTo(1);
		assertThat(now.transitional()).isEqualTo(new EligibilityParameters.TransitionalReportWindow(
				LocalDate.of(2023, 1, 1), LocalDate.of(2024, 5, 31), LocalDate.of(2025, 5, 31)));
		// Geçici Madde 1 was added by the Olur of 24/09/2024
		assertThat(this.eligibility.parametersAsOf(LocalDate.of(2024, 9, 23)).transitional()).isNull();
		assertThat(this.eligibility.parametersAsOf(LocalDate.of(2024, 9, 24)).transitional()).isNotNull();
	}

	@Test
	void madde7_4YearEndingOnASaturdayMovesToMondayPerMadde18_13() {
		// approved Fri 2024-05-31: the year ends Sat 2025-05-31, so the period ends Mon
		// 2025-06-02
		Facts facts = Facts.qualifying().report(LocalDate.of(2024, 5, 31), null);
		RuleResult monday = this.eligibility.evaluate(facts.appliedOn(LocalDate.of(2025, 6, 2)).build())
			.result("maturity-report");
		assertThat(monday.outcome()).isEqualTo(Outcome.PASS);
		assertThat(monday.messageKey()).isEqualTo("kosgeb.eligibility.report.pass.period");
		assertThat(monday.arguments()).contains("02.06.2025");
		assertThat(this.eligibility.evaluate(facts.appliedOn(LocalDate.of(2025, 6, 3)).build())
			.result("maturity-report")
			.outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void checklistShowsIconTextExplanationRemedyAndArticleInBothLanguages() {
		EligibilityReport report = this.eligibility.evaluate(Facts.qualifying()
			.size(SizeClass.MICRO, "2025: 6 çalışan")
			.appliedOn(LocalDate.of(2026, 3, 10))
			.build());
		assertThat(report.blocksSubmission()).isTrue();

		String turkish = render(report, Locale.forLanguageTag("tr"));
		assertThat(turkish).contains("Uygunluk koşulları")
			.contains("Başvuru bu haliyle gönderilemez")
			.contains("Mikro ölçekli işletmeler bu programdan yararlanamaz (MADDE 7(2))")
			.contains("✖")
			.contains("Uygun değil")
			.contains("İncelenecek")
			.contains("Ne yapabilirsiniz:")
			.contains("Dayanak: UE-34.00/03 MADDE 7(2)")
			.contains("data-outcome=\"FAIL\"");

		String english = render(report, Locale.ENGLISH);
		assertThat(english).contains("Micro enterprises cannot use this programme (MADDE 7(2))")
			.contains("Not met")
			.contains("To be reviewed")
			.contains("What you can do:")
			.contains("2.500.000".replace('.', ','));
	}

	private String render(EligibilityReport report, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("report", report);
		return this.templates.process("kosgeb/eligibility/fragments", Set.of("checklist"), context);
	}

}
