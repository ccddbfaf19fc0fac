package tr.destek.kosgeb.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tr.destek.kosgeb.eligibility.SizeClassFact.SizeClass;

/**
 * Test data builder: starts from a small manufacturer that meets every rule on
 * 2026-03-10, and changes one fact at a time.
 */
final class Facts {

	LocalDate applicationDate = LocalDate.of(2026, 3, 10);

	boolean active = true;

	String legalForm = "LIMITED";

	String taxNumberType = "VKN";

	LocalDate registrationDate = LocalDate.of(2015, 6, 1);

	LocalDate declarationDate = LocalDate.of(2025, 6, 2);

	SizeClassFact sizeClass = new SizeClassFact(SizeClass.SMALL, "2025: 35 çalışan, net satış 42.000.000,00 TL");

	String naceCode = "25.62";

	String naceSection = "C";

	MaturityReportFact report = new MaturityReportFact("Dijital Olgunluk Danışmanlık A.Ş.", "DD-2025-118",
			LocalDate.of(2025, 9, 1), null, "3");

	List<FiscalYearFact> fiscalYears = new ArrayList<>(
			List.of(year(2023, "150000", "2000000"), year(2024, "-20000", "1900000"), year(2025, "85000", "2100000")));

	BigDecimal requestedSupportBase = new BigDecimal("2500000.00");

	boolean usedBefore = false;

	List<SupplierFact> suppliers = new ArrayList<>(
			List.of(new SupplierFact("Makine Sanayi Ltd. Şti.", "1234567890", "CNC torna tezgâhı")));

	Set<String> related = new HashSet<>(Set.of("10000000146", "9876543210"));

	static Facts qualifying() {
		return new Facts();
	}

	static FiscalYearFact year(int year, String operatingProfit, String equity) {
		return new FiscalYearFact(year, (operatingProfit != null) ? new BigDecimal(operatingProfit) : null,
				(equity != null) ? new BigDecimal(equity) : null);
	}

	Facts appliedOn(LocalDate date) {
		this.applicationDate = date;
		return this;
	}

	Facts size(SizeClass size, String reason) {
		this.sizeClass = new SizeClassFact(size, reason);
		return this;
	}

	Facts nace(String code, String section) {
		this.naceCode = code;
		this.naceSection = section;
		return this;
	}

	Facts report(LocalDate approved, LocalDate validUntil) {
		this.report = new MaturityReportFact("Dijital Olgunluk Danışmanlık A.Ş.", "DD-118", approved, validUntil, "3");
		return this;
	}

	Facts noReport() {
		this.report = null;
		return this;
	}

	Facts fiscalYears(FiscalYearFact... years) {
		this.fiscalYears = new ArrayList<>(List.of(years));
		return this;
	}

	Facts registered(LocalDate date) {
		this.registrationDate = date;
		return this;
	}

	Facts requesting(String amount) {
		this.requestedSupportBase = (amount != null) ? new BigDecimal(amount) : null;
		return this;
	}

	Facts supplier(String name, String taxNumber, String item) {
		this.suppliers.add(new SupplierFact(name, taxNumber, item));
		return this;
	}

	EligibilityFacts build() {
		return new EligibilityFacts(this.applicationDate, this.active, this.legalForm, this.taxNumberType,
				this.registrationDate, this.declarationDate, this.sizeClass, this.naceCode, this.naceSection,
				this.report, this.fiscalYears, this.requestedSupportBase, this.usedBefore, this.suppliers,
				this.related);
	}

}
