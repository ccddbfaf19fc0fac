package tr.destek.kosgeb;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterprisePerson;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.InvalidNaceCodeException;
import tr.destek.enterprise.NaceCatalogue;
import tr.destek.enterprise.PersonRelation;
import tr.destek.enterprise.SizeClassExplainer;
import tr.destek.enterprise.SizeClassification;
import tr.destek.kosgeb.eligibility.EligibilityFacts;
import tr.destek.kosgeb.eligibility.FiscalYearFact;
import tr.destek.kosgeb.eligibility.MaturityReportFact;
import tr.destek.kosgeb.eligibility.SizeClassFact;
import tr.destek.kosgeb.eligibility.SupplierFact;

/**
 * Collects the eligibility facts (MADDE 5(3), 7, 18(9)) of an application from the
 * enterprise profile as of the application date and from the application itself.
 */
@Component
public class EligibilityFactsAssembler {

	private final EnterpriseService enterprises;

	private final NaceCatalogue nace;

	private final SizeClassExplainer explainer;

	private final KosgebApplicationRepository applications;

	EligibilityFactsAssembler(EnterpriseService enterprises, NaceCatalogue nace, SizeClassExplainer explainer,
			KosgebApplicationRepository applications) {
		this.enterprises = enterprises;
		this.nace = nace;
		this.explainer = explainer;
		this.applications = applications;
	}

	/**
	 * @param application the draft or the submitted application
	 * @param applicationDate the (would-be) application date (MADDE 7(2),(3))
	 * @param locale the language of the size-class explanation
	 */
	public EligibilityFacts assemble(KosgebApplication application, LocalDate applicationDate, Locale locale) {
		Enterprise enterprise = this.enterprises.find(application.getEnterpriseId())
			.orElseThrow(() -> new EnterpriseService.UnknownEnterpriseException(application.getEnterpriseId()));
		SizeClassification size = this.enterprises.sizeClassAsOf(enterprise.getId(), applicationDate);
		SizeClassFact sizeFact = new SizeClassFact(size.isKnown()
				? SizeClassFact.SizeClass.valueOf(size.sizeClass().name()) : SizeClassFact.SizeClass.UNKNOWN,
				this.explainer.reason(size, locale));
		List<FiscalYearFact> years = enterprise.getFiscalYears()
			.stream()
			.map(y -> new FiscalYearFact(y.getYear(), y.getOperatingProfit(), y.getEquity()))
			.toList();
		MaturityReport report = application.report();
		MaturityReportFact reportFact = (report.approvalDate() == null && report.number() == null
				&& report.consultant() == null) ? null
						: new MaturityReportFact(report.consultant(), report.number(), report.approvalDate(),
								report.validUntil(), report.maturityLevel());
		List<SupplierFact> suppliers = application.getExpenseItems()
			.stream()
			.map(item -> new SupplierFact(item.getSupplierName(), item.getSupplierTaxNumber(), item.getDescription()))
			.toList();
		// MADDE 5(3): the programme is used once; another application beyond the draft
		// uses
		// it up (the unique index keeps one per enterprise, so this is a safeguard)
		boolean usedBefore = this.applications.findByEnterpriseId(enterprise.getId())
			.filter(other -> !other.getId().equals(application.getId()))
			.filter(other -> other.getStatus() != ApplicationStatus.DRAFT)
			.isPresent();
		return new EligibilityFacts(applicationDate, enterprise.isActive(),
				(enterprise.getLegalForm() != null) ? enterprise.getLegalForm().name() : null,
				(enterprise.getTaxNumberType() != null) ? enterprise.getTaxNumberType().name() : null,
				enterprise.getRegistrationDate(), enterprise.getDeclarationDate(), sizeFact, enterprise.getNaceCode(),
				section(enterprise.getNaceCode()), reportFact, years, application.requestedAmount(), usedBefore,
				suppliers, relatedTaxNumbers(enterprise));
	}

	/**
	 * The facts the enterprise profile alone gives, before any draft exists (issue 10,
	 * point 6): no report, no items, no suppliers. Only the rules that judge the profile
	 * (MADDE 7(1), 7(2), 7(3), 7(5), 7(6)) can be read from the result.
	 * @param enterpriseId the applicant's enterprise
	 * @param applicationDate the day a draft would be sent
	 * @param locale the language of the size-class explanation
	 */
	public EligibilityFacts assembleFromProfile(Long enterpriseId, LocalDate applicationDate, Locale locale) {
		Enterprise enterprise = this.enterprises.find(enterpriseId)
			.orElseThrow(() -> new EnterpriseService.UnknownEnterpriseException(enterpriseId));
		SizeClassification size = this.enterprises.sizeClassAsOf(enterprise.getId(), applicationDate);
		SizeClassFact sizeFact = new SizeClassFact(size.isKnown()
				? SizeClassFact.SizeClass.valueOf(size.sizeClass().name()) : SizeClassFact.SizeClass.UNKNOWN,
				this.explainer.reason(size, locale));
		List<FiscalYearFact> years = enterprise.getFiscalYears()
			.stream()
			.map(y -> new FiscalYearFact(y.getYear(), y.getOperatingProfit(), y.getEquity()))
			.toList();
		boolean usedBefore = this.applications.findByEnterpriseId(enterprise.getId())
			.filter(other -> other.getStatus() != ApplicationStatus.DRAFT)
			.isPresent();
		return new EligibilityFacts(applicationDate, enterprise.isActive(),
				(enterprise.getLegalForm() != null) ? enterprise.getLegalForm().name() : null,
				(enterprise.getTaxNumberType() != null) ? enterprise.getTaxNumberType().name() : null,
				enterprise.getRegistrationDate(), enterprise.getDeclarationDate(), sizeFact, enterprise.getNaceCode(),
				section(enterprise.getNaceCode()), null, years, java.math.BigDecimal.ZERO, usedBefore, List.of(),
				relatedTaxNumbers(enterprise));
	}

	/**
	 * MADDE 18(9): the TCKNs of the declared owners, partners and relatives, and the tax
	 * numbers they are declared with (the person a relative is related to, or their
	 * firm).
	 */
	static Set<String> relatedTaxNumbers(Enterprise enterprise) {
		Set<String> related = new HashSet<>();
		for (EnterprisePerson person : enterprise.getPersons()) {
			if (person.getRelation() == PersonRelation.EMPLOYEE) {
				continue;
			}
			if (person.getTckn() != null) {
				related.add(person.getTckn());
			}
			if (person.getRelatedTaxNumber() != null) {
				related.add(person.getRelatedTaxNumber());
			}
		}
		return related;
	}

	private String section(String naceCode) {
		if (naceCode == null || naceCode.isBlank()) {
			return null;
		}
		try {
			return this.nace.code(naceCode).section();
		}
		catch (InvalidNaceCodeException ex) {
			return null;
		}
	}

}
