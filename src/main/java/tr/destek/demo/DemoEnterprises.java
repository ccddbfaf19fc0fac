package tr.destek.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.FiscalYearFigures;
import tr.destek.enterprise.LegalForm;
import tr.destek.enterprise.PersonDeclaration;
import tr.destek.enterprise.PersonRelation;
import tr.destek.enterprise.ProfileChange;
import tr.destek.enterprise.Registration;

/**
 * Two sample enterprises: a small manufacturer that qualifies for KOSGEB Digital
 * Transformation (NACE 25.62, 35 employees), and a micro software firm that does not
 * (NACE 62.01, 6 employees — micro, and not in Section C).
 */
@Component
class DemoEnterprises {

	static final String QUALIFYING_TAX_NUMBER = "0680123456";

	static final String MICRO_TAX_NUMBER = "6123456784";

	/** Konya */
	static final Short PROVINCE = 42;

	private final EnterpriseService enterprises;

	DemoEnterprises(EnterpriseService enterprises) {
		this.enterprises = enterprises;
	}

	/**
	 * Creates the enterprises if missing; returns (label, e-mail) of their applicant
	 * users.
	 */
	List<String[]> load(String password) {
		List<String[]> logins = new ArrayList<>();
		if (this.enterprises.findByTaxNumber(QUALIFYING_TAX_NUMBER).isEmpty()) {
			qualifying(QUALIFYING_TAX_NUMBER, "Anadolu Hassas Döküm Makina Sanayi ve Ticaret A.Ş.",
					"Büyükkayacık OSB Mah. 4. Cad. No: 12 Selçuklu/Konya", "25.62", LocalDate.of(2026, 3, 20),
					"basvuru@anadoluhassas.com.tr", "Kemal Aksoy", password, "anadoluhassas@hs01.kep.tr");
			Long id = this.enterprises.findByTaxNumber(QUALIFYING_TAX_NUMBER).orElseThrow().getId();
			this.enterprises.declarePerson(id, new PersonDeclaration("12345678950", "Kemal Aksoy", PersonRelation.OWNER,
					new BigDecimal("60"), null));
			this.enterprises.declarePerson(id, new PersonDeclaration("23456789138", "Selin Aksoy",
					PersonRelation.PARTNER, new BigDecimal("40"), null));
		}
		logins.add(new String[] { "APPLICANT (small, qualifies)", "basvuru@anadoluhassas.com.tr" });
		if (this.enterprises.findByTaxNumber(MICRO_TAX_NUMBER).isEmpty()) {
			Long id = this.enterprises
				.signUp(new Registration(MICRO_TAX_NUMBER, "Mavi Kod Yazılım Danışmanlık Limited Şirketi",
						LegalForm.LIMITED, LocalDate.of(2021, 9, 6), (short) 34, "62.01"), "basvuru@mavikod.com.tr",
						"Deniz Yılmaz", password)
				.enterprise()
				.getId();
			for (int year = 2023; year <= 2025; year++) {
				this.enterprises.saveFiscalYear(id,
						new FiscalYearFigures(year, 6, money(4_200_000 + (year - 2023) * 300_000), money(2_900_000),
								money(450_000), money(1_200_000)));
			}
		}
		logins.add(new String[] { "APPLICANT (micro, does not)", "basvuru@mavikod.com.tr" });
		return logins;
	}

	/**
	 * A small Konya manufacturer (Section C, 33–35 employees) that qualifies for KOSGEB
	 * Digital Transformation (MADDE 7), with its applicant user, profile, three fiscal
	 * years; the caller declares its owners (MADDE 18(9)).
	 * @return the enterprise's id
	 */
	Long qualifying(String taxNumber, String title, String address, String nace, LocalDate declarationDate,
			String email, String contact, String password, String kepAddress) {
		Long id = this.enterprises
			.signUp(new Registration(taxNumber, title, LegalForm.JOINT_STOCK, LocalDate.of(2012, 4, 17), PROVINCE,
					nace), email, contact, password)
			.enterprise()
			.getId();
		long version = this.enterprises.find(id).orElseThrow().getVersion();
		this.enterprises.updateProfile(id, version, new ProfileChange(title, PROVINCE, address, nace, declarationDate,
				new BigDecimal("100"), false, false, false, 1, false, true, false, 2, kepAddress));
		for (int year = 2023; year <= 2025; year++) {
			this.enterprises.saveFiscalYear(id,
					new FiscalYearFigures(year, 33 + (year - 2023), money(38_000_000 + (year - 2023) * 2_000_000),
							money(28_500_000 + (year - 2023) * 1_500_000), money(3_100_000), money(9_800_000)));
		}
		return id;
	}

	/**
	 * A qualifying Konya manufacturer owned by one person (declared, MADDE 18(9)) whose
	 * profile was declared two months ago.
	 * @return the enterprise's id
	 */
	Long qualifyingOwnedBy(String taxNumber, String title, String address, String email, String owner, String ownerTckn,
			String password) {
		Long id = qualifying(taxNumber, title, address, "25.62", this.enterprises.today().minusMonths(2), email, owner,
				password, null);
		this.enterprises.declarePerson(id,
				new PersonDeclaration(ownerTckn, owner, PersonRelation.OWNER, new BigDecimal("100"), null));
		return id;
	}

	boolean exists(String taxNumber) {
		return this.enterprises.findByTaxNumber(taxNumber).isPresent();
	}

	Long id(String taxNumber) {
		return this.enterprises.findByTaxNumber(taxNumber).orElseThrow().getId();
	}

	private static BigDecimal money(long amount) {
		return BigDecimal.valueOf(amount).setScale(2);
	}

}
