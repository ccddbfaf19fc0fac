package tr.destek.kosgeb.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the eligibility rules look at, as of the application date. Callers (the
 * application aggregate) collect it from the enterprise profile and the draft.
 *
 * @param applicationDate the day the application is (or would be) submitted; rules and
 * parameter versions are judged on this day (MADDE 7(2), 7(3))
 * @param enterpriseActive whether the enterprise is registered and active (MADDE 7(1))
 * @param legalForm the legal form's name, e.g. {@code LIMITED}, {@code SOLE_PROPRIETOR}
 * @param taxNumberType {@code VKN} or {@code TCKN}
 * @param registrationDate when the enterprise was founded / registered
 * @param declarationDate the date of the current İşletme Beyanı, {@code null} when none
 * @param sizeClass the KOBİ size class on the application date and why
 * @param naceCode the main activity code, e.g. {@code 25.62}
 * @param naceSection the NACE section letter of the main activity code, e.g. {@code C}
 * @param report the digital maturity report, {@code null} when not entered
 * @param fiscalYears operating profit and equity per fiscal year
 * @param requestedSupportBase the sum of the requested expense items, VAT excluded
 * @param usedProgrammeBefore another application of this enterprise is beyond DRAFT or
 * was ever accepted (MADDE 5(3))
 * @param suppliers the suppliers of the requested expense items
 * @param relatedTaxNumbers TCKNs of the declared owners, partners and their relatives,
 * and the tax numbers of the firms they own (MADDE 18(9))
 */
public record EligibilityFacts(LocalDate applicationDate, boolean enterpriseActive, String legalForm,
		String taxNumberType, LocalDate registrationDate, LocalDate declarationDate, SizeClassFact sizeClass,
		String naceCode, String naceSection, MaturityReportFact report, List<FiscalYearFact> fiscalYears,
		BigDecimal requestedSupportBase, boolean usedProgrammeBefore, List<SupplierFact> suppliers,
		Set<String> relatedTaxNumbers) {

	public EligibilityFacts {
		if (applicationDate == null) {
			throw new IllegalArgumentException("the application date is required");
		}
		fiscalYears = (fiscalYears != null) ? List.copyOf(fiscalYears) : List.of();
		suppliers = (suppliers != null) ? List.copyOf(suppliers) : List.of();
		relatedTaxNumbers = (relatedTaxNumbers != null) ? Set.copyOf(relatedTaxNumbers) : Set.of();
	}

}
