package tr.destek.demo;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tr.destek.support.ModuleEvents;

/**
 * The demo world for tests outside this package (the browser sweeps): the demo users of
 * every role and the Konya applications at every stage, created through the services as
 * at start-up. Idempotent.
 */
public final class DemoWorld {

	public static final String PASSWORD = DemoData.PASSWORD;

	public static final String SECRETARIAT = DemoData.SECRETARIAT;

	public static final String RESPONSIBLE_STAFF = DemoData.RESPONSIBLE_STAFF;

	public static final String UNIT_MANAGER = DemoData.UNIT_MANAGER;

	public static final String BOARD_MEMBER = DemoBoards.BOARD_MEMBERS.get(0);

	public static final String COMMISSION_MEMBER = DemoBoards.COMMISSION_MEMBERS.get(0);

	public static final String BANK_OFFICER = DemoBankOfficer.EMAIL;

	public static final String ADMIN = "admin@demo.destek.gov.tr";

	/** Owner of the small qualifying enterprise, no application yet. */
	public static final String NEW_APPLICANT = "basvuru@anadoluhassas.com.tr";

	public static final String READY_APPLICANT = DemoApplications.READY_EMAIL;

	public static final String READY_TAX_NUMBER = DemoApplications.READY_TAX_NUMBER;

	public static final String ACCEPTED_APPLICANT = DemoApplications.ACCEPTED_EMAIL;

	public static final String ACCEPTED_TAX_NUMBER = DemoApplications.ACCEPTED_TAX_NUMBER;

	public static final String REJECTED_APPLICANT = DemoApplications.REJECTED_EMAIL;

	public static final String REJECTED_TAX_NUMBER = DemoApplications.REJECTED_TAX_NUMBER;

	public static final String BOARD = DemoBoards.BOARD;

	private DemoWorld() {
	}

	public static void load(ApplicationContext context) {
		context.getBean(DemoData.class).createAll();
		// the asynchronous module listeners (the accepted file's monitoring case, the
		// e-mails) finish before a test looks
		ModuleEvents.awaitIdle(context.getBean(JdbcTemplate.class));
	}

}
