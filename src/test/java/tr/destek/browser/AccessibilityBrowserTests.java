package tr.destek.browser;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.springframework.mock.web.MockMultipartFile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tr.destek.board.AppealFixtures;
import tr.destek.board.Board;
import tr.destek.board.BoardFixtures;
import tr.destek.board.VoteDecision;
import tr.destek.demo.DemoWorld;
import tr.destek.identity.AccountCredentials;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.appeal.AppealService;
import tr.destek.kosgeb.KosgebAppeals;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.payment.PaymentFixtures;
import tr.destek.payment.PaymentRequest;
import tr.destek.support.MailLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 points 15 and 16: every page of every role, at desktop width (1280 px) and at
 * a phone's 390 px, passes axe-core's WCAG 2.2 AA rules (tags wcag2a, wcag2aa, wcag21a,
 * wcag21aa, wcag22aa) without a serious or critical violation, and no page scrolls
 * sideways at 390 px.
 * <p>
 * The pages are the GET handler methods that render a view (return a view name) in
 * {@link RequestMappingHandlerMapping}: a new page fails this test until it is given a
 * visit here. Handlers that answer with bytes (PDF, CSV, uploaded documents, meeting
 * recordings) and JSON APIs are not pages and are left out. The world is the demo world
 * (Konya, every role, applications ready for the board, accepted with a disbursed loan,
 * rejected), built through the services as at start-up, and what it lacks built with the
 * test fixtures: a draft, an open vote on a sent agenda and a payment request prepared
 * for the Ödeme Oluru after an inspection (province 73), and an appeal forwarded by the
 * unit and decided by a commission (province 78).
 */
class AccessibilityBrowserTests extends BrowserTest {

	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/**
	 * Rules outside these tags that the issue names and that fail whatever their impact:
	 * WCAG 2.5.3 (axe still marks it experimental, so it runs only when asked) and one h1
	 * per page (a best practice, moderate).
	 */
	static final List<String> ALSO_CHECKED = List.of("label-content-name-mismatch", "page-has-heading-one");

	static final int PHONE_WIDTH = 390;

	/** Names the first elements that reach past the right edge of the window. */
	static final String PAST_THE_EDGE = """
			var w = window.innerWidth, out = [];
			document.querySelectorAll('body *').forEach(function (e) {
			  var r = e.getBoundingClientRect();
			  if (r.right > w + 1 && out.length < 4) {
			    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
			  }
			});
			return out.join(', ');""";

	/** Pages deliberately not visited, with the reason. */
	static final Map<String, String> SKIPPED = Map.of();

	static final int PAYMENT_PROVINCE = 73;

	static final int APPEAL_PROVINCE = 78;

	/** Passwords of the fixture users; the demo users have {@link DemoWorld#PASSWORD}. */
	final Map<String, String> passwords = new LinkedHashMap<>();

	@Autowired
	AppealService appeals;

	@Autowired
	KosgebAppeals kosgebAppeals;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccountService users;

	@Autowired
	AccountCredentials credentials;

	/**
	 * One page to open: who opens it, the pattern it stands for and the concrete path.
	 */
	record Visit(String who, String pattern, String path) {
	}

	@Test
	void everyPageOfEveryRolePassesWcag22AaAtDesktopAndPhoneWidthWithoutSidewaysScrolling() {
		DemoWorld.load(this.context);
		List<Visit> visits = visits();

		Set<String> pages = pagePatterns();
		Set<String> visited = visits.stream().map(Visit::pattern).collect(Collectors.toCollection(TreeSet::new));
		Set<String> notCovered = new TreeSet<>(pages);
		notCovered.removeAll(visited);
		notCovered.removeAll(SKIPPED.keySet());
		assertThat(notCovered).as("pages without a visit in this test (add one, or a reason to SKIPPED)").isEmpty();
		Set<String> unknown = new TreeSet<>(visited);
		unknown.removeAll(pages);
		assertThat(unknown).as("visits of patterns that are no page").isEmpty();

		List<String> problems = new ArrayList<>();
		Map<String, List<Visit>> byUser = visits.stream()
			.collect(Collectors.groupingBy(Visit::who, LinkedHashMap::new, Collectors.toList()));
		for (Map.Entry<String, List<Visit>> user : byUser.entrySet()) {
			signOut();
			if (!user.getKey().isEmpty()) {
				signIn(user.getKey(), this.passwords.getOrDefault(user.getKey(), DemoWorld.PASSWORD));
			}
			for (Visit visit : user.getValue()) {
				check(visit, problems);
			}
		}
		desktop();
		signOut();
		assertThat(problems).as("accessibility problems (page, rule, nodes)").isEmpty();
	}

	private void check(Visit visit, List<String> problems) {
		desktop();
		open(visit.path());
		String who = visit.who().isEmpty() ? "anonymous" : visit.who();
		Long status = (Long) js()
			.executeScript("var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;");
		if (status == null || status >= 400) {
			problems.add(visit.path() + " (" + who + "): answered " + status + ", the visit does not reach the page");
			return;
		}
		violations(visit, who, "1280px", problems);
		phone();
		// no mobile emulation: a phone browser zooms out to show what sticks out and
		// widens window.innerWidth with it, hiding the very overflow looked for here
		assertThat(js().executeScript("return window.innerWidth;")).isEqualTo((long) PHONE_WIDTH);
		Long overflow = (Long) js().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		if (overflow > 0) {
			problems.add(visit.path() + " (" + who + ") at " + PHONE_WIDTH + "px: scrolls sideways by " + overflow
					+ "px; first elements past the right edge: " + js().executeScript(PAST_THE_EDGE));
		}
		violations(visit, who, PHONE_WIDTH + "px", problems);
	}

	private void violations(Visit visit, String who, String width, List<String> problems) {
		AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
		tags.setType("tag");
		tags.setValues(WCAG_22_AA);
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(tags);
		Map<String, AxeRuleOptions> rules = new LinkedHashMap<>();
		for (String extra : ALSO_CHECKED) {
			AxeRuleOptions enabled = new AxeRuleOptions();
			enabled.setEnabled(true);
			rules.put(extra, enabled);
		}
		options.setRules(rules);
		options.setResultTypes(List.of("violations"));
		Results results = new AxeBuilder().withOptions(options).analyze(driver);
		for (Rule rule : results.getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())
					|| ALSO_CHECKED.contains(rule.getId())) {
				List<CheckedNode> nodes = rule.getNodes();
				problems.add(visit.path() + " (" + who + ") at " + width + ": " + rule.getId() + " [" + rule.getImpact()
						+ "] on " + nodes.size() + " node(s): "
						+ nodes.stream()
							.limit(5)
							.map(n -> String.valueOf(n.getTarget()))
							.collect(Collectors.joining(", ")));
			}
		}
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) driver;
	}

	private void phone() {
		((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", false));
		settle();
	}

	private void desktop() {
		((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		settle();
	}

	/** Waits two frames: the page has seen the resize and laid itself out again. */
	private void settle() {
		js().executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ " requestAnimationFrame(function () { requestAnimationFrame(done); });");
	}

	/** Patterns of the GET handlers in this application that render a view. */
	private Set<String> pagePatterns() {
		RequestMappingHandlerMapping mapping = this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		Set<String> patterns = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			HandlerMethod handler = entry.getValue();
			boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
			boolean ours = handler.getBeanType().getPackageName().startsWith("tr.destek");
			boolean view = handler.getReturnType().getParameterType() == String.class
					&& !handler.hasMethodAnnotation(ResponseBody.class)
					&& !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
			if (get && ours && view) {
				patterns.addAll(entry.getKey().getPatternValues());
			}
		}
		return patterns;
	}

	private Long id(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private Long application(String taxNumber) {
		return id("select a.id from kosgeb_application a join enterprise e on e.id = a.enterprise_id"
				+ " where e.tax_number = ? order by a.id desc limit 1", taxNumber);
	}

	/** Every page, opened by the user whose page it is, with ids of the demo world. */
	private List<Visit> visits() {
		Long ready = application(DemoWorld.READY_TAX_NUMBER);
		Long accepted = application(DemoWorld.ACCEPTED_TAX_NUMBER);
		Long acceptedEnterprise = id("select enterprise_id from kosgeb_application where id = ?", accepted);
		Long decision = id("select id from board_decision where application_id = ? order by id desc limit 1", accepted);
		Long meeting = id("select meeting_id from board_decision where id = ?", decision);
		Long item = id("select item_id from board_decision where id = ?", decision);
		Long board = id("select board_id from board_meeting where id = ?", meeting);
		Long loan = id("select id from loan where application_id = ? order by id desc limit 1", accepted);
		Long monitoringCase = id("select id from monitoring_case where application_id = ?", accepted);
		Long staffUser = this.users.findByEmail(DemoWorld.RESPONSIBLE_STAFF).orElseThrow().getId();
		Long holiday = id("select min(id) from official_holiday");
		// the invitation and the password reset links reach only the mailbox (issue 9
		// point 7)
		String invitee = "davet-" + UUID.randomUUID() + "@example.com";
		this.users.createStaff(invitee, "Davetli Uzman", EnumSet.of(Role.HISER_EXPERT), null);
		String invitationPath = MailLinks.latestPath(invitee, "/invitations/");
		String resetter = "parola-" + UUID.randomUUID() + "@example.com";
		this.users.createStaffWithPassword(resetter, "Parolasını Unutan Uzman", EnumSet.of(Role.HISER_EXPERT),
				ControlFixtures.PASSWORD);
		this.credentials.requestPasswordReset(resetter);
		String resetPath = MailLinks.latestPath(resetter, "/password/reset/");
		// an applicant who signed up and has not yet opened the confirmation link
		String unconfirmed = "onaysiz-" + UUID.randomUUID() + "@example.com";
		this.users.createApplicantAwaitingConfirmation(acceptedEnterprise, unconfirmed, "Onaysız Başvuru Sahibi",
				ControlFixtures.PASSWORD, java.util.Locale.forLanguageTag("tr"));
		this.passwords.put(unconfirmed, ControlFixtures.PASSWORD);
		// and one who opens the mailed confirmation link (it leads on to the sign-in
		// page)
		String confirming = "onaylayan-" + UUID.randomUUID() + "@example.com";
		this.users.createApplicantAwaitingConfirmation(acceptedEnterprise, confirming, "Onaylayan Başvuru Sahibi",
				ControlFixtures.PASSWORD, java.util.Locale.forLanguageTag("tr"));
		String confirmationPath = MailLinks.latestPath(confirming, "/email-confirmations/");

		List<Visit> visits = new ArrayList<>();
		String anonymous = "";
		visits.add(new Visit(anonymous, "/", "/"));
		visits.add(new Visit(anonymous, "/login", "/login"));
		visits.add(new Visit(anonymous, "/signup", "/signup"));
		visits.add(new Visit(anonymous, "/signup/sent", "/signup/sent"));
		visits.add(new Visit(anonymous, "/invitations/{token}", invitationPath));
		visits.add(new Visit(anonymous, "/password/forgotten", "/password/forgotten"));
		visits.add(new Visit(anonymous, "/password/reset/{token}", resetPath));
		visits.add(new Visit(anonymous, "/email-confirmations/{token}", confirmationPath));
		visits.add(new Visit(unconfirmed, "/account/email-confirmation", "/account/email-confirmation"));
		visits.add(new Visit(anonymous, "/calculators", "/calculators"));
		visits.add(new Visit(anonymous, "/calculators/size-class", "/calculators/size-class"));
		visits.add(new Visit(anonymous, "/calculators/size-class",
				"/calculators/size-class?employees=40&netSales=80000000&balanceSheet=60000000"));
		visits.add(new Visit(anonymous, "/calculators/deadline", "/calculators/deadline"));
		visits.add(new Visit(anonymous, "/calculators/deadline",
				"/calculators/deadline?start=2026-05-20&amount=15&unit=DAYS"));
		visits.add(new Visit(anonymous, "/calculators/kosgeb-subsidy", "/calculators/kosgeb-subsidy"));
		visits.add(new Visit(anonymous, "/calculators/kosgeb-subsidy",
				"/calculators/kosgeb-subsidy?loanAmount=5000000&termMonths=24&graceMonths=6&disbursementDate=2026-06-01"));

		String applicant = DemoWorld.ACCEPTED_APPLICANT;
		for (String path : List.of("/dashboard", "/account/notifications", "/enterprise/profile",
				"/enterprise/profile/edit", "/enterprise/users", "/enterprise/fiscal-years", "/enterprise/persons",
				"/kosgeb/application", "/kosgeb/application/eligibility", "/kosgeb/application/loans",
				"/kosgeb/application/payments", "/kosgeb/application/monitoring")) {
			visits.add(new Visit(applicant, path, path));
		}
		visits.add(new Visit(applicant, "/enterprises/{enterpriseId}", "/enterprises/" + acceptedEnterprise));
		visits.add(new Visit(applicant, "/account/password", "/account/password"));
		visits.add(new Visit(DemoWorld.REJECTED_APPLICANT, "/kosgeb/application/appeal", "/kosgeb/application/appeal"));
		visits.add(new Visit(DemoWorld.NEW_APPLICANT, "/kosgeb/application/new", "/kosgeb/application/new"));
		visits.addAll(draftVisits());

		for (String staff : List.of(DemoWorld.RESPONSIBLE_STAFF, DemoWorld.UNIT_MANAGER)) {
			visits.add(new Visit(staff, "/dashboard", "/dashboard"));
			visits.add(new Visit(staff, "/kosgeb/control", "/kosgeb/control"));
		}
		String expert = DemoWorld.RESPONSIBLE_STAFF;
		visits.add(new Visit(expert, "/kosgeb/control/{id}", "/kosgeb/control/" + ready));
		visits.add(new Visit(expert, "/enterprises/{enterpriseId}", "/enterprises/" + acceptedEnterprise));
		visits.add(new Visit(expert, "/kosgeb/control/appeals", "/kosgeb/control/appeals"));
		visits.add(new Visit(expert, "/kosgeb/control/payments", "/kosgeb/control/payments"));
		visits.add(new Visit(expert, "/kosgeb/control/payments/ledger", "/kosgeb/control/payments/ledger"));
		visits.add(new Visit(expert, "/kosgeb/control/inspections", "/kosgeb/control/inspections"));
		visits.add(new Visit(expert, "/kosgeb/control/inspections/applications/{applicationId}",
				"/kosgeb/control/inspections/applications/" + accepted));
		visits.add(new Visit(expert, "/kosgeb/control/monitoring", "/kosgeb/control/monitoring"));
		visits.add(new Visit(expert, "/kosgeb/control/monitoring/{caseId}",
				"/kosgeb/control/monitoring/" + monitoringCase));
		String manager = DemoWorld.UNIT_MANAGER;
		visits.add(new Visit(manager, "/kosgeb/control", "/kosgeb/control?status=ALL"));
		visits.add(new Visit(manager, "/kosgeb/control/loans", "/kosgeb/control/loans"));
		visits.add(new Visit(manager, "/kosgeb/control/loans/{id}", "/kosgeb/control/loans/" + loan));
		// confirmation pages of irreversible actions (issue 10 point 12); one that does
		// not
		// apply to the file's state answers with the file's page and its message
		visits.add(new Visit(manager, "/kosgeb/control/{id}/approve", "/kosgeb/control/" + ready + "/approve"));
		visits.add(
				new Visit(manager, "/kosgeb/control/loans/{id}/approve", "/kosgeb/control/loans/" + loan + "/approve"));

		String secretariat = DemoWorld.SECRETARIAT;
		visits.add(new Visit(secretariat, "/dashboard", "/dashboard"));
		visits.add(new Visit(secretariat, "/board/secretariat/boards", "/board/secretariat/boards"));
		visits.add(new Visit(secretariat, "/board/secretariat/boards/{id}", "/board/secretariat/boards/" + board));
		visits
			.add(new Visit(secretariat, "/board/secretariat/meetings/{id}", "/board/secretariat/meetings/" + meeting));
		visits.add(new Visit(secretariat, "/board/secretariat/meetings/{id}/items/{itemId}/information",
				"/board/secretariat/meetings/" + meeting + "/items/" + item + "/information"));
		visits.add(new Visit(secretariat, "/board/secretariat/decisions", "/board/secretariat/decisions"));
		visits.add(new Visit(secretariat, "/board/secretariat/decisions/{id}",
				"/board/secretariat/decisions/" + decision));
		visits.add(new Visit(secretariat, "/board/secretariat/decisions/{id}/register",
				"/board/secretariat/decisions/" + decision + "/register"));
		visits.add(new Visit(secretariat, "/board/secretariat/meetings/{id}/send",
				"/board/secretariat/meetings/" + meeting + "/send"));
		visits.add(new Visit(secretariat, "/board/secretariat/appeals", "/board/secretariat/appeals"));
		visits.add(new Visit(secretariat, "/board/secretariat/terminations", "/board/secretariat/terminations"));
		visits.add(new Visit(secretariat, "/board/secretariat/terminations/{caseId}",
				"/board/secretariat/terminations/" + monitoringCase));
		visits.add(new Visit(secretariat, "/board/secretariat/fee-days", "/board/secretariat/fee-days"));

		String member = DemoWorld.BOARD_MEMBER;
		visits.add(new Visit(member, "/dashboard", "/dashboard"));
		visits.add(new Visit(member, "/board/member/meetings", "/board/member/meetings"));
		visits.add(new Visit(member, "/board/member/meetings/{id}", "/board/member/meetings/" + meeting));
		visits.add(new Visit(member, "/board/member/meetings/{id}/items/{itemId}",
				"/board/member/meetings/" + meeting + "/items/" + item));
		visits.add(new Visit(member, "/board/member/meetings/{id}/items/{itemId}/information",
				"/board/member/meetings/" + meeting + "/items/" + item + "/information"));
		visits.add(new Visit(member, "/board/member/decisions/{id}", "/board/member/decisions/" + decision));
		visits.add(new Visit(member, "/board/member/decisions/{id}/approve",
				"/board/member/decisions/" + decision + "/approve"));

		visits.addAll(voteVisits());

		String commissionMember = DemoWorld.COMMISSION_MEMBER;
		visits.add(new Visit(commissionMember, "/dashboard", "/dashboard"));
		visits.add(new Visit(commissionMember, "/board/member/meetings", "/board/member/meetings"));

		String bank = DemoWorld.BANK_OFFICER;
		visits.add(new Visit(bank, "/dashboard", "/dashboard"));
		visits.add(new Visit(bank, "/bank", "/bank"));
		visits.add(new Visit(bank, "/bank/applications", "/bank/applications"));
		visits.add(new Visit(bank, "/bank/applications/{id}", "/bank/applications/" + accepted));
		visits.add(new Visit(bank, "/bank/loans", "/bank/loans"));
		visits.add(new Visit(bank, "/bank/loans/{id}", "/bank/loans/" + loan));

		String admin = DemoWorld.ADMIN;
		visits.add(new Visit(admin, "/dashboard", "/dashboard"));
		visits.add(new Visit(admin, "/admin/users", "/admin/users"));
		visits.add(new Visit(admin, "/admin/tax-number-claims", "/admin/tax-number-claims"));
		visits.add(new Visit(admin, "/admin/users/new", "/admin/users/new"));
		visits.add(new Visit(admin, "/admin/users/{id}", "/admin/users/" + staffUser));
		visits.add(new Visit(admin, "/admin/parameters", "/admin/parameters"));
		visits.add(new Visit(admin, "/admin/parameters/{scope}/{key}", "/admin/parameters/HISER/support-rate"));
		visits.add(new Visit(admin, "/admin/parameters/{scope}/{key}/new", "/admin/parameters/HISER/support-rate/new"));
		visits.add(new Visit(admin, "/admin/holidays", "/admin/holidays"));
		visits.add(new Visit(admin, "/admin/holidays/{id}/delete", "/admin/holidays/" + holiday + "/delete"));
		visits.add(new Visit(admin, "/admin/banks", "/admin/banks"));
		visits.add(new Visit(admin, "/admin/audit", "/admin/audit"));
		// the label-content-name-mismatch showed in English ("3 versions" inside
		// an
		// aria-label "Show the 3 version(s) of parameter …"); back to Turkish after it
		visits.add(new Visit(admin, "/admin/parameters", "/admin/parameters?lang=en"));
		visits.add(new Visit(admin, "/", "/?lang=tr"));
		visits.addAll(paymentVisits());
		visits.addAll(appealVisits());
		return visits;
	}

	/**
	 * A sent agenda, signed by the members, nobody has voted yet (province 73): the
	 * member's meeting and the vote form.
	 */
	private List<Visit> voteVisits() {
		ControlFixtures control = ControlFixtures.from(this.context);
		Board board = new BoardFixtures(this.context).board();
		Long application = control.readyForBoard(PAYMENT_PROVINCE, "Şırnak Oylama Tekstil A.Ş. " + UUID.randomUUID());
		AppealFixtures.OnAgenda on = new AppealFixtures(this.context).onAgenda(board, application);
		String member = this.users.find(AppealFixtures.seats(board).get(0)).orElseThrow().getEmail();
		this.passwords.put(member, ControlFixtures.PASSWORD);
		return List.of(new Visit(member, "/board/member/meetings/{id}", "/board/member/meetings/" + on.meetingId()),
				new Visit(member, "/board/member/meetings/{id}/items/{itemId}",
						"/board/member/meetings/" + on.meetingId() + "/items/" + on.item().getId()),
				new Visit(member, "/board/member/meetings/{id}/items/{itemId}/information",
						"/board/member/meetings/" + on.meetingId() + "/items/" + on.item().getId() + "/information"));
	}

	/** An applicant with a draft (province 73): the long form and the submission page. */
	private List<Visit> draftVisits() {
		ControlFixtures control = ControlFixtures.from(this.context);
		Long enterprise = control.enterprise(PAYMENT_PROVINCE, "Şırnak Taslak Makina A.Ş. " + UUID.randomUUID())
			.getId();
		UserAccount applicant = this.users.createApplicant(enterprise,
				"taslak-" + UUID.randomUUID() + "@example.com.tr", "Taslak Sahibi", ControlFixtures.PASSWORD);
		this.applications.startDraft(control.principal(applicant));
		this.passwords.put(applicant.getEmail(), ControlFixtures.PASSWORD);
		String email = applicant.getEmail();
		return List.of(new Visit(email, "/kosgeb/application", "/kosgeb/application"),
				new Visit(email, "/kosgeb/application/edit", "/kosgeb/application/edit"),
				new Visit(email, "/kosgeb/application/eligibility", "/kosgeb/application/eligibility"),
				new Visit(email, "/kosgeb/application/submit", "/kosgeb/application/submit"));
	}

	/**
	 * A payment request of quarter 1, submitted with its invoices, inspected and prepared
	 * for the Ödeme Oluru (MADDE 15): the applicant's, the expert's and the inspection's
	 * pages.
	 */
	private List<Visit> paymentVisits() {
		PaymentFixtures payments = new PaymentFixtures(this.context);
		PaymentFixtures.Case c = payments.acceptedWithLoan(PAYMENT_PROVINCE);
		PaymentRequest request = payments.prepared(c, 1, false, "0", "0", "0");
		Long inspection = id("select max(id) from payment_inspection where application_id = ?", c.applicationId());
		String applicant = c.applicant().getUsername();
		String expert = c.expert().getUsername();
		this.passwords.put(applicant, "Odeme-Parola-2026");
		this.passwords.put(expert, ControlFixtures.PASSWORD);
		return List.of(new Visit(applicant, "/kosgeb/application/payments", "/kosgeb/application/payments"),
				new Visit(applicant, "/kosgeb/application/payments/requests/{id}",
						"/kosgeb/application/payments/requests/" + request.getId()),
				new Visit(expert, "/kosgeb/control/payments", "/kosgeb/control/payments"),
				new Visit(expert, "/kosgeb/control/payments/requests/{id}",
						"/kosgeb/control/payments/requests/" + request.getId()),
				new Visit(expert, "/kosgeb/control/payments/requests/{id}/approve",
						"/kosgeb/control/payments/requests/" + request.getId() + "/approve"),
				new Visit(expert, "/kosgeb/control/inspections/{id}", "/kosgeb/control/inspections/" + inspection));
	}

	/**
	 * A rejection appealed within the window, forwarded with the unit's opinion and
	 * decided by the appeal commission (MADDE 13): the unit's, the secretariat's and the
	 * commission member's pages.
	 */
	private List<Visit> appealVisits() {
		ControlFixtures control = ControlFixtures.from(this.context);
		AppealFixtures fixtures = new AppealFixtures(this.context);
		Long application = control.readyForBoard(APPEAL_PROVINCE, "Karabük Demir Dijital A.Ş. " + UUID.randomUUID());
		UserAccount applicant = this.users.createApplicant(this.applications.find(application).getEnterpriseId(),
				"itiraz-" + UUID.randomUUID() + "@example.com.tr", "İtiraz Eden", ControlFixtures.PASSWORD);
		fixtures.boardDecides(new BoardFixtures(this.context).board(), application, VoteDecision.REJECT,
				VoteDecision.REJECT, VoteDecision.ACCEPT);
		var appeal = this.kosgebAppeals.submit(control.principal(applicant),
				this.applications.find(application).getVersion(),
				"Kurul, yazılımın yol haritası raporundaki önerilerle uyumunu yanlış değerlendirdi; "
						+ "ekteki teknik yazı bunu gösteriyor.",
				List.of(new MockMultipartFile("documents", "teknik-yazi.pdf", "application/pdf",
						KosgebApplicants.pdf())));
		UserAccount manager = control.staff(Role.UNIT_MANAGER, APPEAL_PROVINCE);
		DestekUser unit = control.principal(manager);
		appeal = this.appeals.forward(unit, appeal.getId(), appeal.getVersion(),
				"Birim görüşü: itiraz gerekçeleri incelendi, teknik yazı dosyaya uygun.");
		Board commission = fixtures.commission();
		AppealFixtures.OnAgenda on = fixtures.onAgenda(commission, application);
		Long decision = fixtures
			.commissionDecides(commission, on, VoteDecision.ACCEPT, VoteDecision.ACCEPT, VoteDecision.REJECT)
			.getId();
		String member = this.users.find(AppealFixtures.seats(commission).get(0)).orElseThrow().getEmail();
		this.passwords.put(manager.getEmail(), ControlFixtures.PASSWORD);
		this.passwords.put(member, ControlFixtures.PASSWORD);
		this.passwords.put(applicant.getEmail(), ControlFixtures.PASSWORD);
		String secretariat = DemoWorld.SECRETARIAT;
		String meeting = "/board/member/appeals/" + on.meetingId() + "/items/" + on.item().getId();
		return List.of(new Visit(applicant.getEmail(), "/kosgeb/application/appeal", "/kosgeb/application/appeal"),
				new Visit(applicant.getEmail(), "/kosgeb/application", "/kosgeb/application"),
				new Visit(manager.getEmail(), "/kosgeb/control/appeals", "/kosgeb/control/appeals"),
				new Visit(manager.getEmail(), "/kosgeb/control/appeals/{id}",
						"/kosgeb/control/appeals/" + appeal.getId()),
				new Visit(secretariat, "/board/secretariat/appeals", "/board/secretariat/appeals"),
				new Visit(secretariat, "/board/secretariat/appeal-meetings/{id}",
						"/board/secretariat/appeal-meetings/" + on.meetingId()),
				new Visit(secretariat, "/board/secretariat/appeal-decisions/{id}",
						"/board/secretariat/appeal-decisions/" + decision),
				new Visit(secretariat, "/board/secretariat/appeal-decisions/{id}/register",
						"/board/secretariat/appeal-decisions/" + decision + "/register"),
				new Visit(member, "/board/member/meetings", "/board/member/meetings"),
				new Visit(member, "/board/member/appeals/{id}/items/{itemId}", meeting),
				new Visit(member, "/board/member/appeals/{id}/items/{itemId}/records", meeting + "/records"),
				new Visit(member, "/board/member/appeal-decisions/{id}", "/board/member/appeal-decisions/" + decision),
				new Visit(member, "/board/member/appeal-decisions/{id}/approve",
						"/board/member/appeal-decisions/" + decision + "/approve"));
	}

}
