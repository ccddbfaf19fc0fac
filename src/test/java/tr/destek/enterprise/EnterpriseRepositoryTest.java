package tr.destek.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tr.destek.support.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The enterprise mappings against the Flyway schema (V4, V7, V7_1), and its reference
 * data.
 */
@RepositoryTest
class EnterpriseRepositoryTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	@Autowired
	EnterpriseRepository enterprises;

	@Autowired
	NaceDivisionRepository divisions;

	@Autowired
	NaceSectionRepository sections;

	@Autowired
	ProvinceRepository provinces;

	@Autowired
	EntityManager entityManager;

	NaceCatalogue catalogue() {
		return new NaceCatalogue(this.divisions, this.sections, this.provinces);
	}

	@Test
	void storesAnEnterpriseWithItsFiscalYearsAndPersons() {
		NaceCatalogue catalogue = catalogue();
		String vkn = Enterprises.randomVkn();
		Enterprise enterprise = new Enterprise(TaxNumber.of(vkn), "Örnek Makina Sanayi Ltd. Şti.", LegalForm.LIMITED,
				LocalDate.of(2015, 4, 1), catalogue.province((short) 6).orElseThrow(), catalogue.code("25.62.01"),
				TODAY, NOW);
		this.enterprises.saveAndFlush(enterprise);
		enterprise.updateProfile(
				new ProfileChange("Örnek Makina Sanayi Ltd. Şti.", (short) 34, "Ostim, Ankara", "28.41",
						LocalDate.of(2026, 1, 10), new BigDecimal("100"), true, false, true, 2, true, false, false, 3,
						"ornek@hs01.kep.tr"),
				catalogue.province((short) 34).orElseThrow(), catalogue.code("28.41"), TODAY, NOW);
		enterprise.saveFiscalYear(new FiscalYearFigures(2025, 35, new BigDecimal("42000000.00"),
				new BigDecimal("60000000.50"), new BigDecimal("-125000.00"), null), TODAY, NOW);
		enterprise.saveFiscalYear(new FiscalYearFigures(2024, 30, new BigDecimal("30000000"),
				new BigDecimal("40000000"), new BigDecimal("10"), new BigDecimal("20")), TODAY, NOW);
		enterprise.declarePerson(
				new PersonDeclaration("10000000146", "Ayşe Yılmaz", PersonRelation.OWNER, new BigDecimal("60"), null),
				NOW);
		enterprise.declarePerson(
				new PersonDeclaration("12345678950", "Mehmet Yılmaz", PersonRelation.RELATIVE, null, "10000000146"),
				NOW);
		this.entityManager.flush();
		this.entityManager.clear();

		Enterprise loaded = this.enterprises.findByTaxNumber(vkn).orElseThrow();
		assertThat(loaded.getTaxNumberType()).isEqualTo(TaxNumberType.VKN);
		assertThat(loaded.getProvinceCode()).isEqualTo((short) 34);
		assertThat(loaded.getNaceCode()).isEqualTo("28.41");
		assertThat(loaded.getDevelopmentRegion()).isEqualTo(3);
		assertThat(loaded.getEtebligatAddress()).isEqualTo("ornek@hs01.kep.tr");
		assertThat(loaded.isRdCentre()).isTrue();
		assertThat(loaded.getVersion()).isPositive();
		assertThat(loaded.getFiscalYears()).extracting(EnterpriseFiscalYear::getYear).containsExactly(2025, 2024);
		EnterpriseFiscalYear year2025 = loaded.fiscalYear(2025).orElseThrow();
		assertThat(year2025.getBalanceSheetTotal()).isEqualByComparingTo("60000000.50");
		assertThat(year2025.getOperatingProfit()).isEqualByComparingTo("-125000");
		assertThat(year2025.getEquity()).isNull();
		assertThat(loaded.getPersons()).extracting(EnterprisePerson::getFullName)
			.containsExactlyInAnyOrder("Ayşe Yılmaz", "Mehmet Yılmaz");
		assertThat(loaded.fiscalYearForSizeClassOn(LocalDate.of(2026, 5, 1))).map(EnterpriseFiscalYear::getYear)
			.contains(2025);
		assertThat(loaded.fiscalYearForSizeClassOn(LocalDate.of(2025, 5, 1))).map(EnterpriseFiscalYear::getYear)
			.contains(2024);
		assertThat(loaded.fiscalYearForSizeClassOn(LocalDate.of(2024, 5, 1))).map(EnterpriseFiscalYear::getYear)
			.contains(2024);
		assertThat(loaded.fiscalYearForSizeClassOn(LocalDate.of(2023, 5, 1))).isEmpty();
	}

	@Test
	void upsertingAYearReplacesItsFiguresAndRemovingAnOwnerRemovesTheirRelatives() {
		NaceCatalogue catalogue = catalogue();
		Enterprise enterprise = new Enterprise(TaxNumber.of(Enterprises.randomVkn()), "Deneme A.Ş.",
				LegalForm.JOINT_STOCK, LocalDate.of(2020, 1, 1), catalogue.province((short) 1).orElseThrow(),
				catalogue.code("10.71"), TODAY, NOW);
		this.enterprises.saveAndFlush(enterprise);
		enterprise.saveFiscalYear(new FiscalYearFigures(2025, 5, BigDecimal.ONE, BigDecimal.ONE, null, null), TODAY,
				NOW);
		this.entityManager.flush();
		enterprise.saveFiscalYear(new FiscalYearFigures(2025, 7, BigDecimal.TEN, BigDecimal.TEN, null, null), TODAY,
				NOW);
		EnterprisePerson owner = enterprise
			.declarePerson(new PersonDeclaration("10000000146", "Ali Veli", PersonRelation.OWNER, null, null), NOW);
		enterprise.declarePerson(
				new PersonDeclaration("27182818254", "Ayşe Veli", PersonRelation.RELATIVE, null, "10000000146"), NOW);
		this.entityManager.flush();
		List<EnterprisePerson> removed = enterprise.removePerson(owner.getId(), NOW);
		this.entityManager.flush();
		this.entityManager.clear();

		Enterprise loaded = this.enterprises.findById(enterprise.getId()).orElseThrow();
		assertThat(loaded.getFiscalYears()).singleElement().satisfies(y -> assertThat(y.getEmployees()).isEqualTo(7));
		assertThat(removed).hasSize(2);
		assertThat(loaded.getPersons()).isEmpty();
	}

	@Test
	void theEnterpriseRefusesWhatItsRulesForbid() {
		NaceCatalogue catalogue = catalogue();
		Province ankara = catalogue.province((short) 6).orElseThrow();
		NaceCode nace = catalogue.code("25.62");
		assertThatThrownBy(() -> new Enterprise(TaxNumber.of("10000000146"), "X Ltd.", LegalForm.LIMITED,
				LocalDate.of(2020, 1, 1), ankara, nace, TODAY, NOW))
			.isInstanceOf(InvalidEnterpriseChangeException.class)
			.hasMessageContaining("tcknOnlySoleProprietor");
		assertThatThrownBy(() -> new Enterprise(TaxNumber.of("1234567890"), "X Ltd.", LegalForm.LIMITED,
				TODAY.plusDays(1), ankara, nace, TODAY, NOW))
			.isInstanceOf(InvalidEnterpriseChangeException.class)
			.hasMessageContaining("registrationDate");
		Enterprise enterprise = new Enterprise(TaxNumber.of("10000000146"), "Ali Veli", LegalForm.SOLE_PROPRIETOR,
				LocalDate.of(2020, 1, 1), ankara, nace, TODAY, NOW);
		assertThatThrownBy(() -> enterprise
			.saveFiscalYear(new FiscalYearFigures(2027, 1, BigDecimal.ONE, BigDecimal.ONE, null, null), TODAY, NOW))
			.isInstanceOf(InvalidEnterpriseChangeException.class)
			.hasMessageContaining("year");
		assertThatThrownBy(() -> enterprise.declarePerson(
				new PersonDeclaration("12345678950", "Yakın", PersonRelation.RELATIVE, null, "10000000146"), NOW))
			.isInstanceOf(InvalidEnterpriseChangeException.class)
			.hasMessageContaining("related.unknown");
	}

	@Test
	void naceCodesKnowTheirDivisionAndSection() {
		NaceCatalogue catalogue = catalogue();
		assertThat(catalogue.code("10.71").section()).isEqualTo("C");
		assertThat(catalogue.code("33.12.01").section()).isEqualTo("C");
		assertThat(catalogue.code("25.6").isManufacturing()).isTrue();
		assertThat(catalogue.code("35.11").section()).isEqualTo("D");
		assertThat(catalogue.code("35.11").isManufacturing()).isFalse();
		assertThat(catalogue.code("62.01").section()).isEqualTo("J");
		assertThat(catalogue.code("99").section()).isEqualTo("U");
		assertThatThrownBy(() -> catalogue.code("04.11")).isInstanceOf(InvalidNaceCodeException.class)
			.extracting(ex -> ((InvalidNaceCodeException) ex).messageKey())
			.isEqualTo("enterprise.nace.invalid.division");
		assertThatThrownBy(() -> catalogue.code("4.11")).isInstanceOf(InvalidNaceCodeException.class)
			.extracting(ex -> ((InvalidNaceCodeException) ex).messageKey())
			.isEqualTo("enterprise.nace.invalid.format");
	}

	@Test
	void allNaceDivisionsAndAllProvincesAreSeeded() {
		assertThat(this.divisions.count()).isEqualTo(88);
		assertThat(this.divisions.findAll()).filteredOn(d -> "C".equals(d.getSection()))
			.extracting(NaceDivision::getCode)
			.hasSize(24)
			.contains("10", "33");
		assertThat(this.sections.count()).isEqualTo(21);
		List<Province> provinces = catalogue().provinces();
		assertThat(provinces).hasSize(81);
		assertThat(provinces.get(0).getName()).isEqualTo("Adana");
		assertThat(provinces).extracting(Province::getName)
			.containsSubsequence("Bursa", "Çanakkale", "Çankırı", "Çorum", "Denizli")
			.containsSubsequence("Iğdır", "Isparta", "İstanbul", "İzmir")
			.containsSubsequence("Sivas", "Şanlıurfa", "Şırnak", "Tekirdağ");
		assertThat(provinces.get(80).getName()).isEqualTo("Zonguldak");
		assertThat(catalogue().province((short) 81)).map(Province::getName).contains("Düzce");
	}

}
