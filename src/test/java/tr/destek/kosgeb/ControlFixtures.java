package tr.destek.kosgeb;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.LegalForm;
import tr.destek.enterprise.Registration;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.DestekTime;

/**
 * Test data for the staff side: enterprises, province unit staff and submitted
 * applications, created through the services and the aggregate as the applicant side
 * would (the submission event starts the assignment after commit). Used by tests of other
 * packages too (the browser tests).
 */
public class ControlFixtures {

	public static final String PASSWORD = "Gizli-parola-123";

	final EnterpriseService enterprises;

	final UserAccountService users;

	final UserDetailsService userDetails;

	final KosgebApplicationRepository applications;

	final ApplicationEventPublisher events;

	final TransactionTemplate tx;

	final Clock clock;

	public static ControlFixtures from(ApplicationContext context) {
		return new ControlFixtures(context.getBean(EnterpriseService.class), context.getBean(UserAccountService.class),
				context.getBean(UserDetailsService.class), context.getBean(KosgebApplicationRepository.class), context,
				context.getBean(TransactionTemplate.class), context.getBean(Clock.class));
	}

	ControlFixtures(EnterpriseService enterprises, UserAccountService users, UserDetailsService userDetails,
			KosgebApplicationRepository applications, ApplicationEventPublisher events, TransactionTemplate tx,
			Clock clock) {
		this.enterprises = enterprises;
		this.users = users;
		this.userDetails = userDetails;
		this.applications = applications;
		this.events = events;
		this.tx = tx;
		this.clock = clock;
	}

	public UserAccount staff(Role role, int province) {
		// a person's name, not a role code: pages must show no raw codes (RawCodes)
		return this.users.createStaffWithPassword("staff-" + UUID.randomUUID() + "@kosgeb.test",
				"Uzman " + role.name().charAt(0)
						+ role.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
				EnumSet.of(role), (short) province, PASSWORD);
	}

	public UserAccount staff(Role role, int province, String email, String name) {
		return this.users.createStaffWithPassword(email, name, EnumSet.of(role), (short) province, PASSWORD);
	}

	public DestekUser principal(UserAccount account) {
		return (DestekUser) this.userDetails.loadUserByUsername(account.getEmail());
	}

	public Enterprise enterprise(int province, String title) {
		return this.tx.execute(s -> this.enterprises.register(new Registration(Enterprises.randomVkn(), title,
				LegalForm.LIMITED, LocalDate.of(2018, 3, 1), (short) province, "25.62")));
	}

	/**
	 * A submitted application, assigned by the submission's listener just before this
	 * method's transaction commits.
	 */
	public Long submitted(int province, String title) {
		Enterprise enterprise = enterprise(province, title);
		return submitted(enterprise.getId(), province);
	}

	public Long submitted(Long enterpriseId, int province) {
		Instant now = Instant.now(this.clock);
		return this.tx.execute(s -> {
			KosgebApplication application = new KosgebApplication(
					"T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L), enterpriseId,
					(short) province, now, "basvuru@example.com.tr");
			application.updateReport(new MaturityReport("Dijital Danışmanlık A.Ş.", "DDR-7", LocalDate.of(2026, 1, 5),
					null, "Seviye 2"));
			application.addExpenseItem(new ExpenseItemData(ExpenseKind.SOFTWARE, "ERP yazılımı", 2,
					new BigDecimal("150000.00"), "Yazılım A.Ş.", "1234567890", "Öneri 3: ERP", true));
			application.submit(now, now.atZone(DestekTime.ZONE).toLocalDate(), "FRM.34.00.02/v1",
					"basvuru@example.com.tr",
					EligibilitySnapshot.write(new tr.destek.kosgeb.eligibility.EligibilityReport(
							now.atZone(DestekTime.ZONE).toLocalDate(),
							java.util.List.of(new tr.destek.kosgeb.eligibility.RuleResult("nace-section-c",
									"MADDE 7(3)", tr.destek.kosgeb.eligibility.Outcome.PASS,
									"kosgeb.eligibility.nace.pass", java.util.List.of("25.62"), null)))),
					false);
			this.applications.save(application);
			this.events.publishEvent(new ApplicationSubmitted(application.getId(), enterpriseId, (short) province));
			return application.getId();
		});
	}

	/**
	 * An application that passed control and waits for a board (READY_FOR_BOARD, MADDE
	 * 10(1)): submitted, assigned, proposed for the board and approved by the unit
	 * manager, in one transaction (no submission event, so no automatic assignment).
	 */
	public Long readyForBoard(int province, String title) {
		return readyForBoard(enterprise(province, title).getId(), province);
	}

	/** As {@link #readyForBoard(int, String)}, for an existing enterprise. */
	public Long readyForBoard(Long enterpriseId, int province) {
		Instant now = Instant.now(this.clock);
		UserAccount staff = staff(Role.RESPONSIBLE_STAFF, province);
		return this.tx.execute(s -> {
			KosgebApplication application = new KosgebApplication(
					"T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L), enterpriseId,
					(short) province, now, "basvuru@example.com.tr");
			application.updateReport(new MaturityReport("Dijital Danışmanlık A.Ş.", "DDR-7", LocalDate.of(2026, 1, 5),
					null, "Seviye 2"));
			application.addExpenseItem(new ExpenseItemData(ExpenseKind.SOFTWARE, "ERP yazılımı", 2,
					new BigDecimal("600000.00"), "Yazılım A.Ş.", "1234567890", "Öneri 3: ERP", true));
			application.submit(now, now.atZone(DestekTime.ZONE).toLocalDate(), "FRM.34.00.02/v1",
					"basvuru@example.com.tr", snapshot(now), false);
			application.assignTo(staff.getId(), now, now.plusSeconds(7 * 86_400));
			application.propose(ControlProposal.APPROVE_FOR_BOARD, null, null, staff.getEmail(), now);
			application.approveProposal("mudur@kosgeb.test", now, null);
			this.applications.save(application);
			return application.getId();
		});
	}

	private static String snapshot(Instant now) {
		return EligibilitySnapshot
			.write(new tr.destek.kosgeb.eligibility.EligibilityReport(now.atZone(DestekTime.ZONE).toLocalDate(),
					java.util.List.of(new tr.destek.kosgeb.eligibility.RuleResult("nace-section-c", "MADDE 7(3)",
							tr.destek.kosgeb.eligibility.Outcome.PASS, "kosgeb.eligibility.nace.pass",
							java.util.List.of("25.62"), null))));
	}

	public KosgebApplication load(Long id) {
		return this.tx.execute(s -> {
			KosgebApplication application = this.applications.findById(id).orElseThrow();
			application.getExpenseItems();
			return application;
		});
	}

}
