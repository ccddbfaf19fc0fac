package tr.destek.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tr.destek.identity.Role;
import tr.destek.identity.UserAccountService;

/**
 * Creates the demo users (one per role) and prints their logins at start-up. Never
 * silently (issue #9 point 9): only when {@code destek.demo-data=true}
 * ({@code DESTEK_DEMO_DATA=true}), or {@code auto} — what the {@code demo} profile of
 * {@code ./mvnw spring-boot:run} sets — with the embedded database in use. The default is
 * {@code false}. Idempotent: existing users are kept.
 */
@Component
class DemoData {

	static final String PASSWORD = "Demo.2026!";

	static final String SECRETARIAT = "board-secretariat@demo.destek.gov.tr";

	static final String RESPONSIBLE_STAFF = "responsible-staff@demo.destek.gov.tr";

	static final String UNIT_MANAGER = "unit-manager@demo.destek.gov.tr";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final UserAccountService users;

	private final DemoEnterprises enterprises;

	private final Environment environment;

	private final TransactionTemplate transaction;

	private final DemoBankOfficer bankOfficer;

	private final DemoBoards boards;

	private final DemoApplications applications;

	DemoData(UserAccountService users, DemoEnterprises enterprises, Environment environment,
			TransactionTemplate transaction, DemoBankOfficer bankOfficer, DemoBoards boards,
			DemoApplications applications) {
		this.users = users;
		this.enterprises = enterprises;
		this.environment = environment;
		this.transaction = transaction;
		this.bankOfficer = bankOfficer;
		this.boards = boards;
		this.applications = applications;
	}

	boolean enabled() {
		String setting = this.environment.getProperty("destek.demo-data", "false");
		if ("auto".equalsIgnoreCase(setting)) {
			return this.environment.getProperty("destek.embedded-database.active", Boolean.class, false);
		}
		return Boolean.parseBoolean(setting);
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (enabled()) {
			long started = System.nanoTime();
			List<String[]> logins = createAll();
			log.info("Demo data ready in {} ms", (System.nanoTime() - started) / 1_000_000);
			printLogins(logins);
		}
	}

	/**
	 * Creates what is missing; returns (label, e-mail) of every demo login, with a hint
	 * of what to try for the applicants whose applications wait for a next step.
	 */
	List<String[]> createAll() {
		List<String[]> logins = new ArrayList<>();
		this.transaction.executeWithoutResult(status -> {
			for (Role role : Role.STAFF_ROLES) {
				String email = role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "@demo.destek.gov.tr";
				if (this.users.findByEmail(email).isEmpty()) {
					// province unit staff work in Konya, the qualifying demo enterprise's
					// province
					Short province = Role.PROVINCE_UNIT_ROLES.contains(role) ? DemoEnterprises.PROVINCE : null;
					this.users.createStaffWithPassword(email, displayName(role), EnumSet.of(role), province, PASSWORD);
				}
				logins.add(new String[] { role.name(), email });
			}
			// a KOSGEB board sits with three members (MADDE 11(1)): two more for the
			// secretariat to seat
			for (String[] member : new String[][] {
					{ "board-member-2@demo.destek.gov.tr", "Nevin Ekinci (Kurul Üyesi)" },
					{ "board-member-3@demo.destek.gov.tr", "Tarık Yavuz (Kurul Üyesi)" } }) {
				if (this.users.findByEmail(member[0]).isEmpty()) {
					this.users.createStaffWithPassword(member[0], member[1], EnumSet.of(Role.BOARD_MEMBER), null,
							PASSWORD);
				}
				logins.add(new String[] { "BOARD_MEMBER", member[0] });
			}
			// the appeal commission: the head of department and two directors (MADDE
			// 13(4))
			for (String[] member : new String[][] {
					{ "appeal-commission-member-2@demo.destek.gov.tr", "Serkan Aksoy (Müdür, İtiraz Komisyonu)" },
					{ "appeal-commission-member-3@demo.destek.gov.tr", "Aylin Toprak (Müdür, İtiraz Komisyonu)" } }) {
				if (this.users.findByEmail(member[0]).isEmpty()) {
					this.users.createStaffWithPassword(member[0], member[1], EnumSet.of(Role.APPEAL_COMMISSION_MEMBER),
							null, PASSWORD);
				}
				logins.add(new String[] { "APPEAL_COMMISSION_MEMBER", member[0] });
			}
			logins.addAll(this.enterprises.load(PASSWORD));
			// the bank officer works for one protocol bank (MADDE 14)
			this.bankOfficer.assign();
			// the board and the appeal commission, for the secretariat to schedule at
			// once
			this.boards.load();
		});
		// applications ready for the board, accepted with a loan, and rejected: each
		// in its own transactions (the loan reads the backdated decision afresh)
		long started = System.nanoTime();
		logins.addAll(this.applications.load(PASSWORD));
		log.info("Demo applications ready in {} ms", (System.nanoTime() - started) / 1_000_000);
		return logins;
	}

	private void printLogins(List<String[]> logins) {
		StringBuilder banner = new StringBuilder("\n\n==== Destek demo logins (password for all: ").append(PASSWORD)
			.append(") ====\n");
		for (String[] login : logins) {
			banner.append(String.format("  %-30s %-45s %s%n", login[0], login[1], (login.length > 2) ? login[2] : ""));
		}
		String port = this.environment.getProperty("local.server.port", "8080");
		banner.append("==== Open http://localhost:").append(port).append(" ====\n");
		if (this.environment.getProperty("destek.mail.dev-outbox", Boolean.class, false)
				&& this.environment.getProperty("spring.mail.host", "").isBlank()) {
			banner.append("==== E-mails (sign-up confirmation, invitations, password reset): http://localhost:")
				.append(port)
				.append("/dev/outbox ====\n");
		}
		log.info(banner.toString());
	}

	private static String displayName(Role role) {
		return switch (role) {
			case RESPONSIBLE_STAFF -> "Elif Yıldız (KOBİ Uzmanı)";
			case UNIT_MANAGER -> "Murat Şahin (Birim Müdürü)";
			case BOARD_SECRETARIAT -> "Zeynep Arslan (Kurul Sekretaryası)";
			case BOARD_MEMBER -> "Hakan Öztürk (Kurul Üyesi)";
			case APPEAL_COMMISSION_MEMBER -> "Gülşen Kaya (İtiraz Komisyonu)";
			case BANK_OFFICER -> "Cem Doğan (Protokol Bankası)";
			case HISER_EXPERT -> "İpek Güneş (HİSER Uzmanı)";
			case HIB_OFFICER -> "Oğuz Çelik (HİB)";
			case SAYEM_EXPERT -> "Derya Aydın (TÜBİTAK Uzmanı)";
			case REFEREE -> "Prof. Dr. Ümit Koç (Hakem)";
			case ADMIN -> "Sistem Yöneticisi";
			case APPLICANT -> "Başvuru Sahibi";
		};
	}

}
