package tr.destek.kosgeb;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.FiscalYearFigures;
import tr.destek.enterprise.LegalForm;
import tr.destek.enterprise.PersonDeclaration;
import tr.destek.enterprise.PersonRelation;
import tr.destek.enterprise.ProfileChange;
import tr.destek.enterprise.Registration;

/**
 * Test enterprises with their applicant user: a small Konya manufacturer like the demo
 * one that qualifies, and a micro one that does not (MADDE 7(2)). Unique tax numbers and
 * e-mails, since the test database is shared.
 */
public final class KosgebApplicants {

	public static final String PASSWORD = "Basvuru-Parola-2026";

	/** An owner's TCKN (valid check digits), declared for MADDE 18(9). */
	public static final String OWNER_TCKN = "12345678950";

	private KosgebApplicants() {
	}

	/**
	 * @return the applicant's e-mail
	 */
	public static String qualifying(EnterpriseService enterprises) {
		return create(enterprises, 35, "25.62", (short) 42);
	}

	/**
	 * A qualifying enterprise in another province unit (for tests that need their own
	 * staff).
	 */
	public static String qualifying(EnterpriseService enterprises, short province) {
		return create(enterprises, 35, "25.62", province);
	}

	public static String micro(EnterpriseService enterprises) {
		return create(enterprises, 6, "25.62", (short) 42);
	}

	private static String create(EnterpriseService enterprises, int employees, String nace, short province) {
		String email = "kosgeb-" + UUID.randomUUID() + "@ornek-imalat.com.tr";
		String title = "Konya Test Makina " + UUID.randomUUID().toString().substring(0, 8) + " A.Ş.";
		Long id = enterprises
			.signUp(new Registration(Enterprises.randomVkn(), title, LegalForm.JOINT_STOCK, LocalDate.of(2012, 4, 17),
					province, nace), email, "Kemal Aksoy", PASSWORD)
			.enterprise()
			.getId();
		long version = enterprises.find(id).orElseThrow().getVersion();
		enterprises.updateProfile(id, version,
				new ProfileChange(title, province, "Büyükkayacık OSB Mah. 4. Cad. No: 12 Selçuklu/Konya", nace,
						enterprises.today().minusMonths(2), new BigDecimal("100"), false, false, false, 0, false, false,
						false, 2, null));
		for (int year = 2023; year <= 2025; year++) {
			enterprises.saveFiscalYear(id, new FiscalYearFigures(year, employees, money(employees * 1_100_000L),
					money(employees * 800_000L), money(3_100_000), money(9_800_000)));
		}
		enterprises.declarePerson(id,
				new PersonDeclaration(OWNER_TCKN, "Kemal Aksoy", PersonRelation.OWNER, new BigDecimal("100"), null));
		return email;
	}

	private static BigDecimal money(long amount) {
		return BigDecimal.valueOf(amount).setScale(2);
	}

	public static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** A Windows program: starts with "MZ". */
	public static byte[] exe() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		return bytes;
	}

}
