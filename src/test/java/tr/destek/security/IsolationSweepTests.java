package tr.destek.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tr.destek.enterprise.LegalForm;
import tr.destek.enterprise.Registration;
import tr.destek.enterprise.Signups;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The isolation sweep (issue #9, "Must build" 1): two complete worlds built through the
 * services ({@link IsolationWorld}), then every handler mapping that carries an id — a
 * path variable or an id-like request parameter, read from Spring's
 * {@link RequestMappingHandlerMapping}, so a new endpoint is covered at once — is called
 * with each world's objects as every actor who must not reach them: the other world's
 * applicants, unit staff, bank (officer and API key), board and commission members, the
 * same world's applicants of other enterprises and staff of other roles, the nationwide
 * roles (secretariat, admin, HİSER and SAYEM experts, HİB officer, referee) where the
 * endpoint is not theirs, and anonymous. A child id is also tried under the other world's
 * parent (the invoice of issue #9 point 1). Each answer must be 403 or 404 (for anonymous
 * a redirect to the login, 401 on the bank API), and the main tables and the audit trail
 * must be unchanged after each endpoint. Before the attacks, one legitimate owner reads
 * each GET endpoint's object (2xx/3xx), which proves the ids are real.
 * <p>
 * {@link #TABLE} states, per endpoint, what each id names and who owns it; an endpoint
 * with an id that is not in the table fails the test until someone states who owns it.
 */
@IntegrationTest
class IsolationSweepTests {

	/** The provinces of this test's worlds (no other test uses them). */
	static final int PROVINCE_A = 22;

	static final int PROVINCE_B = 25;

	/** Who may reach an object of a world. */
	enum Owner {

		/** the applicant of the enterprise the object belongs to */
		APPLICANT,
		/** responsible staff and unit manager of the object's province unit */
		UNIT,
		/** the bank of the loan or of the preferred bank (officer or API key) */
		BANK,
		/** the members of the world's board (seated on its meetings) */
		BOARD,
		/** the members of the world's appeal commission */
		COMMISSION,
		/** the board secretariat (nationwide) */
		SECRETARIAT,
		/** administrators (nationwide) */
		ADMIN

	}

	/** What kind of user an actor is; the world is that of the actor's objects. */
	enum ActorType {

		ANONYMOUS, APPLICANT, EXPERT, MANAGER, BANK_OFFICER, BANK_KEY, BOARD_MEMBER, COMMISSION_MEMBER, SECRETARIAT,
		ADMIN, HISER_EXPERT, SAYEM_EXPERT, HIB_OFFICER, REFEREE

	}

	record Actor(String name, ActorType type, String world, RequestPostProcessor auth) {
	}

	/** One row of the table: what the ids name and who owns the object. */
	record Row(List<SweepKind> kinds, Set<Owner> owners, String body, String exemptReason) {
	}

	static final Map<String, Row> TABLE = new LinkedHashMap<>();

	static void row(String endpoint, SweepKind kind, Owner... owners) {
		put(endpoint, new Row(List.of(kind), owners(owners), null, null));
	}

	static void row(String endpoint, List<SweepKind> kinds, Owner... owners) {
		put(endpoint, new Row(kinds, owners(owners), null, null));
	}

	static void json(String endpoint, SweepKind kind, String body, Owner... owners) {
		put(endpoint, new Row(List.of(kind), owners(owners), body, null));
	}

	/** An endpoint whose path variable is not an object id; the reason says why. */
	static void exempt(String endpoint, String reason) {
		put(endpoint, new Row(List.of(), Set.of(), null, reason));
	}

	static void put(String endpoint, Row row) {
		if (TABLE.put(endpoint, row) != null) {
			throw new IllegalStateException("twice in the table: " + endpoint);
		}
	}

	static Set<Owner> owners(Owner... owners) {
		return (owners.length == 0) ? EnumSet.noneOf(Owner.class) : EnumSet.copyOf(Arrays.asList(owners));
	}

	static {
		Owner applicant = Owner.APPLICANT;
		Owner unit = Owner.UNIT;
		Owner bank = Owner.BANK;
		Owner board = Owner.BOARD;
		Owner commission = Owner.COMMISSION;
		Owner secretariat = Owner.SECRETARIAT;
		Owner admin = Owner.ADMIN;

		// applicant side: the own enterprise and application (MADDE 8, 13, 15)
		row("GET /kosgeb/application/edit", SweepKind.EXPENSE_ITEM, applicant);
		row("POST /kosgeb/application/items/{itemId}", SweepKind.EXPENSE_ITEM, applicant);
		row("POST /kosgeb/application/items/{itemId}/remove", SweepKind.EXPENSE_ITEM, applicant);
		row("POST /kosgeb/application/documents/{documentId}/remove", SweepKind.DRAFT_DOCUMENT, applicant);
		row("GET /kosgeb/application/appeal/documents/{documentId}", SweepKind.APPEAL_DOCUMENT, applicant);
		row("GET /kosgeb/application/decisions/{id}/pdf", SweepKind.DECISION, applicant);
		row("GET /kosgeb/application/payments/requests/{id}", SweepKind.PAYMENT_REQUEST, applicant);
		row("POST /kosgeb/application/payments/requests/{id}/invoices", SweepKind.PAYMENT_REQUEST, applicant);
		row("POST /kosgeb/application/payments/requests/{id}/invoices/{invoiceId}/remove", SweepKind.REQUEST_INVOICE,
				applicant);
		row("POST /kosgeb/application/payments/requests/{id}/invoices/{invoiceId}/file", SweepKind.REQUEST_INVOICE,
				applicant);
		row("POST /kosgeb/application/payments/requests/{id}/documents", SweepKind.PAYMENT_REQUEST, applicant);
		row("POST /kosgeb/application/payments/requests/{id}/submit", SweepKind.PAYMENT_REQUEST, applicant);
		row("GET /kosgeb/application/payments/requests/{id}/form.pdf", SweepKind.PAYMENT_REQUEST, applicant);
		row("GET /kosgeb/application/payments/requests/{id}/oluru.pdf", SweepKind.PAYMENT_REQUEST, applicant);
		row("GET /kosgeb/application/payments/documents/{documentId}", SweepKind.PAYMENT_DOCUMENT, applicant);
		row("POST /enterprise/persons/{personId}/remove", SweepKind.PERSON, applicant);
		row("POST /account/notifications/{id}/read", SweepKind.NOTIFICATION, applicant);
		row("GET /kosgeb/documents/{documentId}", SweepKind.SUBMITTED_DOCUMENT, applicant, unit);
		// staff reading an enterprise: a file of theirs must need it (issue #9 point 5)
		row("GET /enterprises/{enterpriseId}", SweepKind.ENTERPRISE, applicant, unit, bank, secretariat, admin);

		// the province unit (MADDE 9, 13(5), 14(3)(c), 15, 17)
		for (String action : List.of("checks", "proposal", "approve", "return", "reassign", "assign")) {
			row("POST /kosgeb/control/{id}/" + action, SweepKind.APPLICATION, unit);
		}
		row("GET /kosgeb/control/{id}", SweepKind.APPLICATION, unit);
		row("POST /kosgeb/control/bulk-assign", List.of(SweepKind.APPLICATION, SweepKind.STAFF_USER), unit);
		// the confirmation pages of irreversible actions (issue 10 point 12)
		row("GET /kosgeb/control/{id}/approve", SweepKind.APPLICATION, unit);
		row("GET /kosgeb/control/loans/{id}", SweepKind.LOAN, unit);
		row("POST /kosgeb/control/loans/{id}/return", SweepKind.LOAN, unit);
		row("POST /kosgeb/control/loans/{id}/approve", SweepKind.LOAN, unit);
		row("GET /kosgeb/control/loans/{id}/approve", SweepKind.LOAN, unit);
		row("GET /kosgeb/control/loans/{id}/documents/{documentId}", SweepKind.LOAN_DOCUMENT, unit);
		row("GET /kosgeb/control/appeals/{id}", SweepKind.APPEAL, unit);
		row("POST /kosgeb/control/appeals/{id}/forward", SweepKind.APPEAL, unit);
		row("GET /kosgeb/control/appeals/{id}/documents/{documentId}", SweepKind.APPEAL_WITH_DOCUMENT, unit);
		row("GET /kosgeb/control/appeals/{id}/form.pdf", SweepKind.APPEAL, unit);
		row("GET /kosgeb/control/payments/requests/{id}", SweepKind.PAYMENT_REQUEST, unit);
		row("POST /kosgeb/control/payments/requests/{id}/prepare", SweepKind.PAYMENT_REQUEST, unit);
		row("POST /kosgeb/control/payments/requests/{id}/approve", SweepKind.PAYMENT_REQUEST, unit);
		row("GET /kosgeb/control/payments/requests/{id}/approve", SweepKind.PAYMENT_REQUEST, unit);
		row("POST /kosgeb/control/payments/requests/{id}/return", SweepKind.PAYMENT_REQUEST, unit);
		row("GET /kosgeb/control/payments/requests/{id}/form.pdf", SweepKind.PAYMENT_REQUEST, unit);
		row("GET /kosgeb/control/payments/requests/{id}/oluru.pdf", SweepKind.PAYMENT_REQUEST, unit);
		row("GET /kosgeb/control/payments/documents/{documentId}", SweepKind.PAYMENT_DOCUMENT, unit);
		row("GET /kosgeb/control/inspections/applications/{applicationId}", SweepKind.ACCEPTED_APPLICATION, unit);
		row("POST /kosgeb/control/inspections/applications/{applicationId}", SweepKind.ACCEPTED_APPLICATION, unit);
		row("GET /kosgeb/control/inspections/{id}", SweepKind.INSPECTION, unit);
		row("GET /kosgeb/control/inspections/{id}/pdf", SweepKind.INSPECTION, unit);
		row("GET /kosgeb/control/monitoring/{caseId}", SweepKind.MONITORING_CASE, unit);
		row("POST /kosgeb/control/monitoring/{caseId}/visits", SweepKind.MONITORING_CASE, unit);
		row("GET /kosgeb/control/monitoring/{caseId}/visits/{visitId}.pdf", SweepKind.CASE_VISIT, unit);

		// the bank portal and the bank API (MADDE 14)
		row("GET /bank/applications/{id}", SweepKind.ACCEPTED_APPLICATION, bank);
		row("POST /bank/applications/{id}/loans", SweepKind.ACCEPTED_APPLICATION, bank);
		row("GET /bank/loans/{id}", SweepKind.LOAN, bank);
		row("POST /bank/loans/{id}/documents", SweepKind.LOAN, bank);
		row("POST /bank/loans/{id}/documents/{documentId}/remove", SweepKind.LOAN_DOCUMENT, bank);
		row("GET /bank/loans/{id}/documents/{documentId}", SweepKind.LOAN_DOCUMENT, bank);
		row("POST /bank/loans/{id}/allocation", SweepKind.LOAN, bank);
		row("POST /bank/loans/{id}/disbursement", SweepKind.LOAN, bank);
		row("GET /api/v1/bank/applications/{applicationId}", SweepKind.ACCEPTED_APPLICATION, bank);
		json("POST /api/v1/bank/applications/{applicationId}/loans", SweepKind.ACCEPTED_APPLICATION,
				"{\"bankReference\":\"KR-SUPURME\"}", bank);
		row("GET /api/v1/bank/loans/{loanId}", SweepKind.LOAN, bank);
		row("POST /api/v1/bank/loans/{loanId}/documents", SweepKind.LOAN, bank);
		row("GET /api/v1/bank/loans/{loanId}/documents", SweepKind.LOAN, bank);
		json("PUT /api/v1/bank/loans/{loanId}/allocation", SweepKind.LOAN,
				"{\"amount\":1000000,\"currency\":\"TRY\",\"items\":[]}", bank);
		json("POST /api/v1/bank/loans/{loanId}/disbursement", SweepKind.LOAN,
				"{\"amount\":1000000,\"currency\":\"TRY\",\"date\":\"2026-01-15\",\"termMonths\":12,"
						+ "\"graceMonths\":0,\"annualRate\":45.00}",
				bank);

		// the board secretariat (nationwide, MADDE 11, 12)
		row("GET /board/secretariat/boards/{id}", SweepKind.BOARD, secretariat);
		row("POST /board/secretariat/boards/{id}/replace", SweepKind.BOARD, secretariat);
		row("POST /board/secretariat/boards/{id}/tckn", SweepKind.BOARD, secretariat);
		row("POST /board/secretariat/boards/{id}/meetings", SweepKind.BOARD, secretariat);
		row("GET /board/secretariat/meetings/{id}", SweepKind.MEETING, secretariat);
		row("POST /board/secretariat/meetings/{id}/applications",
				List.of(SweepKind.MEETING, SweepKind.READY_APPLICATION), secretariat);
		row("POST /board/secretariat/meetings/{id}/applications/bulk",
				List.of(SweepKind.MEETING, SweepKind.READY_APPLICATION), secretariat);
		row("POST /board/secretariat/meetings/{id}/other", SweepKind.MEETING, secretariat);
		row("POST /board/secretariat/meetings/{id}/items/{itemId}/remove", SweepKind.MEETING_ITEM, secretariat);
		row("POST /board/secretariat/meetings/{id}/send", SweepKind.MEETING, secretariat);
		row("GET /board/secretariat/meetings/{id}/send", SweepKind.MEETING, secretariat);
		row("POST /board/secretariat/meetings/{id}/substitute", SweepKind.MEETING, secretariat);
		row("POST /board/secretariat/meetings/{id}/items/{itemId}/decision", SweepKind.MEETING_ITEM, secretariat);
		row("POST /board/secretariat/meetings/{id}/recordings", SweepKind.MEETING, secretariat);
		row("GET /board/secretariat/meetings/{id}/recordings/{recordingId}", SweepKind.MEETING_RECORDING, secretariat);
		row("GET /board/secretariat/meetings/{id}/items/{itemId}/information", SweepKind.MEETING_ITEM, secretariat);
		row("GET /board/secretariat/meetings/{id}/items/{itemId}/information/pdf", SweepKind.MEETING_ITEM, secretariat);
		row("GET /board/secretariat/meetings/{id}/commitments/{userId}/pdf", SweepKind.MEETING_MEMBER, secretariat);
		row("GET /board/secretariat/decisions/{id}", SweepKind.DECISION, secretariat);
		row("POST /board/secretariat/decisions/{id}/register", SweepKind.DECISION, secretariat);
		row("GET /board/secretariat/decisions/{id}/register", SweepKind.DECISION, secretariat);
		row("GET /board/secretariat/decisions/{id}/pdf", SweepKind.DECISION, secretariat);
		row("GET /board/secretariat/appeal-meetings/{id}", SweepKind.APPEAL_MEETING, secretariat);
		row("POST /board/secretariat/appeal-meetings/{id}/items/{itemId}/decision", SweepKind.APPEAL_MEETING_ITEM,
				secretariat);
		row("GET /board/secretariat/appeal-decisions/{id}", SweepKind.APPEAL_DECISION, secretariat);
		row("POST /board/secretariat/appeal-decisions/{id}/register", SweepKind.APPEAL_DECISION, secretariat);
		row("GET /board/secretariat/appeal-decisions/{id}/register", SweepKind.APPEAL_DECISION, secretariat);
		row("GET /board/secretariat/appeal-decisions/{id}/form.pdf", SweepKind.APPEAL_DECISION, secretariat);
		row("GET /board/secretariat/terminations/{caseId}", SweepKind.MONITORING_CASE, secretariat);
		row("POST /board/secretariat/terminations/{caseId}", SweepKind.MONITORING_CASE, secretariat);

		// board members: the meetings they sit on (MADDE 12(6), 12(11), 18(10))
		row("GET /board/member/meetings/{id}", SweepKind.MEETING, board);
		row("POST /board/member/meetings/{id}/sign", SweepKind.MEETING, board);
		row("GET /board/member/meetings/{id}/commitment/pdf", SweepKind.MEETING, board);
		row("POST /board/member/meetings/{id}/items/{itemId}/conflict", SweepKind.MEETING_ITEM, board);
		row("GET /board/member/meetings/{id}/items/{itemId}", SweepKind.MEETING_ITEM, board);
		row("POST /board/member/meetings/{id}/items/{itemId}/vote", SweepKind.MEETING_ITEM, board);
		row("GET /board/member/meetings/{id}/items/{itemId}/information", SweepKind.MEETING_ITEM, board);
		row("GET /board/member/meetings/{id}/items/{itemId}/information/pdf", SweepKind.MEETING_ITEM, board);
		row("GET /board/member/meetings/{id}/recordings/{recordingId}", SweepKind.MEETING_RECORDING, board);
		row("GET /board/member/decisions/{id}", SweepKind.DECISION, board);
		row("POST /board/member/decisions/{id}/approve", SweepKind.DECISION, board);
		row("GET /board/member/decisions/{id}/approve", SweepKind.DECISION, board);
		row("GET /board/member/decisions/{id}/pdf", SweepKind.DECISION, board);

		// appeal commission members (MADDE 13)
		row("GET /board/member/appeals/{id}/items/{itemId}", SweepKind.APPEAL_MEETING_ITEM, commission);
		row("POST /board/member/appeals/{id}/items/{itemId}/vote", SweepKind.APPEAL_MEETING_ITEM, commission);
		row("GET /board/member/appeals/{id}/items/{itemId}/documents/{documentId}", SweepKind.APPEAL_ITEM_DOCUMENT,
				commission);
		row("GET /board/member/appeals/{id}/items/{itemId}/records", SweepKind.APPEAL_MEETING_ITEM, commission);
		row("GET /board/member/appeals/{id}/items/{itemId}/records/recordings/{recordingId}",
				SweepKind.APPEAL_ITEM_RECORDING, commission);
		row("GET /board/member/appeal-decisions/{id}", SweepKind.APPEAL_DECISION, commission);
		row("POST /board/member/appeal-decisions/{id}/approve", SweepKind.APPEAL_DECISION, commission);
		row("GET /board/member/appeal-decisions/{id}/approve", SweepKind.APPEAL_DECISION, commission);
		row("GET /board/member/appeal-decisions/{id}/form.pdf", SweepKind.APPEAL_DECISION, commission);

		// administration (nationwide)
		row("GET /admin/users/{id}", SweepKind.STAFF_USER, admin);
		row("POST /admin/users/{id}", SweepKind.STAFF_USER, admin);
		row("POST /admin/users/{id}/enabled", SweepKind.STAFF_USER, admin);
		row("POST /admin/users/{id}/unlock", SweepKind.STAFF_USER, admin);
		row("POST /admin/banks/keys/{keyId}/revoke", SweepKind.BANK_KEY, admin);
		row("GET /admin/holidays/{id}/delete", SweepKind.HOLIDAY, admin);
		row("POST /admin/holidays/{id}/delete", SweepKind.HOLIDAY, admin);
		row("GET /admin/parameters/{scope}/{key}", SweepKind.PARAMETER, admin);
		row("GET /admin/parameters/{scope}/{key}/new", SweepKind.PARAMETER, admin);
		row("POST /admin/parameters/{scope}/{key}/new", SweepKind.PARAMETER, admin);

		row("POST /admin/tax-number-claims/{claimId}", SweepKind.TAX_NUMBER_CLAIM, admin);

		exempt("GET /email-confirmations/{token}",
				"a one-time secret token sent by mail, not an object id; unknown tokens are tested in the identity module");
		exempt("GET /password/reset/{token}",
				"a one-time secret token sent by mail, not an object id; unknown tokens are tested in the identity module");
		exempt("POST /password/reset/{token}",
				"a one-time secret token sent by mail, not an object id; unknown tokens are tested in the identity module");
		exempt("GET /invitations/{token}",
				"a one-time secret token sent by mail, not an object id; unknown tokens are tested in the identity module");
		exempt("POST /invitations/{token}",
				"a one-time secret token sent by mail, not an object id; unknown tokens are tested in the identity module");
	}

	static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?\\}");

	/**
	 * Tables the sweep watches: every main table and the audit trail; sessions,
	 * throttling and scheduler locks are left out.
	 */
	static final List<String> WATCHED_TABLES = List.of("audit_entry", "user_account", "user_role", "enterprise",
			"enterprise_person", "enterprise_fiscal_year", "kosgeb_application", "kosgeb_expense_item",
			"kosgeb_control_check", "appeal", "document", "document_content", "notification", "board", "board_seat",
			"board_meeting", "board_agenda_item", "board_participation", "board_commitment_signature",
			"board_item_conflict", "board_item_substitute", "board_vote", "board_vote_score", "board_vote_amount",
			"board_decision", "board_decision_item", "board_decision_approval", "board_appeal_vote",
			"board_appeal_decision", "board_appeal_decision_approval", "board_meeting_recording",
			"board_meeting_recording_content", "loan", "loan_item", "loan_quarter", "bank_officer", "payment_request",
			"payment_invoice", "payment_inspection", "payment_inspection_item", "payment", "payment_item",
			"monitoring_case", "monitoring_sample", "monitoring_visit", "monitoring_termination", "official_holiday",
			"parameter_version");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAccountService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** An endpoint with ids, as read from the handler mappings. */
	record Endpoint(String key, HttpMethod method, String pattern, List<String> variables,
			Set<String> requestParameters, HandlerMethod handler) {
	}

	@Test
	void noActorReachesAnObjectThatIsNotHis() throws Exception {
		List<Endpoint> endpoints = endpointsWithIds();
		List<String> unclassified = endpoints.stream()
			.map(Endpoint::key)
			.filter(key -> !TABLE.containsKey(key))
			.toList();
		assertThat(unclassified)
			.as("Endpoints with an id that the isolation sweep cannot classify. State who owns each in IsolationSweepTests.TABLE "
					+ "(what each id names and who may reach it), or exempt it with the reason")
			.isEmpty();
		Set<String> mapped = endpoints.stream().map(Endpoint::key).collect(java.util.stream.Collectors.toSet());
		assertThat(TABLE.keySet().stream().filter(key -> !mapped.contains(key)).toList())
			.as("rows of the sweep's table that no handler mapping has any more (remove them)")
			.isEmpty();

		long started = System.nanoTime();
		Map<String, IsolationWorld> worlds = asSecretariat(() -> {
			Map<String, IsolationWorld> built = new LinkedHashMap<>();
			built.put("A", IsolationWorld.build(this.context, "A", PROVINCE_A, "ZIRAAT"));
			built.put("B", IsolationWorld.build(this.context, "B", PROVINCE_B, "AKBANK"));
			return built;
		});
		for (IsolationWorld world : worlds.values()) {
			world.readNotifications(this.context);
			Long holiday = this.jdbc.queryForObject("select min(id) from official_holiday", Long.class);
			world.add(SweepKind.HOLIDAY, new IsolationWorld.Target(null, holiday));
			world.add(SweepKind.PARAMETER, new IsolationWorld.Target(null, "KOSGEB_DT", "monitoring.sampling-rate"));
			world.add(SweepKind.TAX_NUMBER_CLAIM, new IsolationWorld.Target(null, taxNumberClaim(world)));
		}
		List<Actor> actors = actors(worlds);
		String snapshot = settled();
		long built = System.nanoTime();

		List<String> leaks = new ArrayList<>();
		List<String> fixtureProblems = new ArrayList<>();
		int pairs = 0;
		int endpointsTried = 0;
		for (Endpoint endpoint : endpoints) {
			Row row = TABLE.get(endpoint.key());
			if (row.exemptReason() != null) {
				continue;
			}
			endpointsTried++;
			{
				IsolationWorld victim = worlds.get("A");
				IsolationWorld other = worlds.get("B");
				List<IsolationWorld.Target> targets = targets(victim, row);
				if (endpoint.method() == HttpMethod.GET) {
					fixtureProblems.addAll(ownerReads(endpoint, row, victim, targets.get(0), actors));
					snapshot = snapshot();
				}
				for (IsolationWorld.Target target : targets) {
					List<List<String>> attacks = new ArrayList<>();
					attacks.add(target.ids());
					if (row.kinds().size() == 1 && target.ids().size() > 1) {
						// the child under the other world's parent (issue #9 point 1)
						List<String> mixed = new ArrayList<>(target.ids());
						mixed.set(0, targets(other, row).get(0).ids().get(0));
						attacks.add(mixed);
					}
					for (List<String> ids : attacks) {
						boolean consistent = ids.equals(target.ids());
						for (Actor actor : actors) {
							if (consistent && legitimate(actor, row.owners(), victim, target, endpoint)) {
								continue;
							}
							MvcResult result = this.mvc.perform(request(endpoint, row, ids, actor)).andReturn();
							pairs++;
							String verdict = verdict(endpoint, actor, result);
							if (verdict != null) {
								leaks.add(endpoint.key() + " " + ids + " as " + actor.name() + ": " + verdict);
							}
						}
					}
				}
				String after = snapshot();
				if (!after.equals(snapshot)) {
					leaks.add(endpoint.key() + " on world " + victim.name + " changed " + difference(snapshot, after));
					snapshot = after;
				}
			}
		}
		leaks.forEach(leak -> System.out.println("LEAK " + leak));
		fixtureProblems.forEach(problem -> System.out.println("FIXTURE " + problem));
		System.out.printf(Locale.ROOT,
				"Isolation sweep: %d endpoints with ids (%d exempt), %d actors, %d endpoint x actor x object requests, %d leaks; worlds built in %d s, swept in %d s%n",
				endpointsTried, endpoints.size() - endpointsTried, actors.size(), pairs, leaks.size(),
				(built - started) / 1_000_000_000L, (System.nanoTime() - built) / 1_000_000_000L);
		assertThat(fixtureProblems).as("legitimate owners could not read their own objects (the sweep's fixture)")
			.isEmpty();
		assertThat(leaks).as("an actor reached an object that is not his, or the attack changed data").isEmpty();
		assertThat(pairs).as("endpoint x actor pairs tried").isGreaterThan(500);
	}

	/** Every mapping with a path variable or an id-like request parameter. */
	List<Endpoint> endpointsWithIds() {
		DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
		Map<String, Endpoint> found = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			Set<String> idParameters = new LinkedHashSet<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(names);
				RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
				if (requestParam == null || MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
					continue;
				}
				String name = !requestParam.name().isEmpty() ? requestParam.name()
						: (!requestParam.value().isEmpty() ? requestParam.value() : parameter.getParameterName());
				String javaName = String.valueOf(parameter.getParameterName());
				if (idLike(name) || idLike(javaName)) {
					idParameters.add(name);
				}
			}
			Set<String> patterns = (info.getPathPatternsCondition() != null)
					? info.getPathPatternsCondition().getPatternValues() : info.getPatternValues();
			Set<HttpMethod> methods = new LinkedHashSet<>();
			info.getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
			if (methods.isEmpty()) {
				methods.add(HttpMethod.GET);
			}
			for (String pattern : patterns) {
				List<String> variables = new ArrayList<>();
				Matcher matcher = PATH_VARIABLE.matcher(pattern);
				while (matcher.find()) {
					variables.add(matcher.group(1));
				}
				if (variables.isEmpty() && idParameters.isEmpty()) {
					continue;
				}
				for (HttpMethod method : methods) {
					String key = method.name() + " " + pattern;
					found.put(key, new Endpoint(key, method, pattern, variables, idParameters, handler));
				}
			}
		}
		return new ArrayList<>(found.values());
	}

	static boolean idLike(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.equals("id") || lower.endsWith("id") || lower.endsWith("ids");
	}

	List<IsolationWorld.Target> targets(IsolationWorld world, Row row) {
		if (row.kinds().size() == 1) {
			List<IsolationWorld.Target> targets = world.targets.get(row.kinds().get(0));
			if (targets == null || targets.isEmpty()) {
				throw new IllegalStateException("world " + world.name + " has no " + row.kinds().get(0));
			}
			return targets;
		}
		List<String> ids = new ArrayList<>();
		String applicant = null;
		for (SweepKind kind : row.kinds()) {
			IsolationWorld.Target first = world.targets.get(kind).get(0);
			ids.addAll(first.ids());
			applicant = (applicant != null) ? applicant : first.applicant();
		}
		return List.of(new IsolationWorld.Target(ids, applicant));
	}

	/**
	 * Whether the actor may reach the victim world's object: the owners the table names,
	 * of the same world for the per-world roles. Banks reach the portal with their
	 * officer's session and the API with their key, each only on its own channel.
	 */
	static boolean legitimate(Actor actor, Set<Owner> owners, IsolationWorld victim, IsolationWorld.Target target,
			Endpoint endpoint) {
		boolean sameWorld = victim.name.equals(actor.world());
		boolean api = endpoint.pattern().startsWith("/api/");
		return switch (actor.type()) {
			case APPLICANT -> owners.contains(Owner.APPLICANT) && actor.name().equals(target.applicant());
			case EXPERT, MANAGER -> owners.contains(Owner.UNIT) && sameWorld;
			case BANK_OFFICER -> owners.contains(Owner.BANK) && sameWorld && !api;
			case BANK_KEY -> owners.contains(Owner.BANK) && sameWorld && api;
			case BOARD_MEMBER -> owners.contains(Owner.BOARD) && sameWorld;
			case COMMISSION_MEMBER -> owners.contains(Owner.COMMISSION) && sameWorld;
			case SECRETARIAT -> owners.contains(Owner.SECRETARIAT);
			case ADMIN -> owners.contains(Owner.ADMIN);
			default -> false;
		};
	}

	/** One legitimate owner reads the object: the sweep's ids are real. */
	List<String> ownerReads(Endpoint endpoint, Row row, IsolationWorld victim, IsolationWorld.Target target,
			List<Actor> actors) throws Exception {
		List<String> answers = new ArrayList<>();
		for (Actor actor : actors) {
			if (legitimate(actor, row.owners(), victim, target, endpoint)) {
				MvcResult result = this.mvc.perform(request(endpoint, row, target.ids(), actor)).andReturn();
				int status = result.getResponse().getStatus();
				if (status < 400) {
					return List.of();
				}
				answers.add(actor.name() + " " + status);
			}
		}
		return List
			.of(endpoint.key() + " " + target.ids() + " of world " + victim.name + ": no owner reads it " + answers);
	}

	/** null when the answer keeps the object out of reach; otherwise what went wrong. */
	static String verdict(Endpoint endpoint, Actor actor, MvcResult result) {
		int status = result.getResponse().getStatus();
		if (status == 403 || status == 404) {
			return null;
		}
		boolean api = endpoint.pattern().startsWith("/api/");
		if (api && status == 401) {
			return null;
		}
		// without a session (anonymous, or a bank's API key on the web pages): the login
		boolean sessionless = actor.type() == ActorType.ANONYMOUS || actor.type() == ActorType.BANK_KEY;
		if (sessionless && status == 302) {
			String location = String.valueOf(result.getResponse().getRedirectedUrl());
			if (location.endsWith("/login")) {
				return null;
			}
		}
		return "answered " + status + ((result.getResponse().getRedirectedUrl() != null)
				? " → " + result.getResponse().getRedirectedUrl() : "");
	}

	AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint, Row row, List<String> ids, Actor actor) {
		Map<String, String> values = new LinkedHashMap<>();
		List<String> names = new ArrayList<>(endpoint.variables());
		names.addAll(endpoint.requestParameters());
		for (int i = 0; i < names.size(); i++) {
			values.put(names.get(i), ids.get(i));
		}
		String path = endpoint.pattern();
		for (String variable : endpoint.variables()) {
			path = path.replaceFirst("\\{" + variable + "(?::[^}]*)?\\}", values.get(variable));
		}
		Set<String> files = fileParts(endpoint.handler());
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (!files.isEmpty() && endpoint.method() != HttpMethod.GET) {
			MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(endpoint.method(),
					path);
			for (String file : files) {
				multipart.file(new MockMultipartFile(file, "belge.pdf", "application/pdf",
						tr.destek.kosgeb.KosgebApplicants.pdf()));
			}
			builder = multipart;
		}
		else {
			builder = MockMvcRequestBuilders.request(endpoint.method(), path);
		}
		for (String parameter : endpoint.requestParameters()) {
			builder.param(parameter, values.get(parameter));
		}
		plausibleRequiredParameters(endpoint.handler()).forEach(builder::param);
		if (hasRequestBody(endpoint.handler())) {
			builder.contentType(MediaType.APPLICATION_JSON).content((row.body() != null) ? row.body() : "{}");
		}
		if (endpoint.method() != HttpMethod.GET) {
			builder.with(csrf());
		}
		if (actor.auth() != null) {
			builder.with(actor.auth());
		}
		return builder;
	}

	/**
	 * A plausible value for each required request parameter that is not an id (a stale
	 * version, a date, a text), so the ids, not a missing field, decide the answer.
	 */
	static Map<String, String> plausibleRequiredParameters(HandlerMethod handler) {
		DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
		Map<String, String> values = new LinkedHashMap<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(names);
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (requestParam == null || !requestParam.required()
					|| !ValueConstants.DEFAULT_NONE.equals(requestParam.defaultValue())
					|| MultipartFile.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
					|| type == java.util.Optional.class) {
				continue;
			}
			String name = !requestParam.name().isEmpty() ? requestParam.name()
					: (!requestParam.value().isEmpty() ? requestParam.value() : parameter.getParameterName());
			if (idLike(name) || idLike(String.valueOf(parameter.getParameterName()))) {
				continue;
			}
			String value;
			if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
				value = "0";
			}
			else if (type == boolean.class || type == Boolean.class) {
				value = "true";
			}
			else if (type == java.time.LocalDate.class) {
				value = java.time.LocalDate.now(tr.destek.platform.DestekTime.ZONE).toString();
			}
			else if (type.isEnum()) {
				value = ((Enum<?>) type.getEnumConstants()[0]).name();
			}
			else {
				value = "x";
			}
			values.put(name, value);
		}
		return values;
	}

	/**
	 * The multipart names the handler reads: file parameters and file fields of forms.
	 */
	static Set<String> fileParts(HandlerMethod handler) {
		DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
		Set<String> parts = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(names);
			Class<?> type = parameter.getParameterType();
			boolean file = MultipartFile.class.isAssignableFrom(type)
					|| (Collection.class.isAssignableFrom(type)
							&& parameter.getGenericParameterType().getTypeName().contains("MultipartFile"))
					|| (type.isArray() && MultipartFile.class.isAssignableFrom(type.getComponentType()));
			if (file) {
				RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
				RequestPart requestPart = parameter.getParameterAnnotation(RequestPart.class);
				String name = (requestParam != null && !requestParam.name().isEmpty()) ? requestParam.name()
						: (requestParam != null && !requestParam.value().isEmpty()) ? requestParam.value()
								: (requestPart != null && !requestPart.name().isEmpty()) ? requestPart.name()
										: (requestPart != null && !requestPart.value().isEmpty()) ? requestPart.value()
												: parameter.getParameterName();
				parts.add(name);
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class) || (!type.isPrimitive()
					&& type.getName().endsWith("FormData") && !type.getName().startsWith("java."))) {
				for (Field field : type.getDeclaredFields()) {
					if (MultipartFile.class.isAssignableFrom(field.getType())) {
						parts.add(field.getName());
					}
				}
			}
		}
		return parts;
	}

	static boolean hasRequestBody(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
	}

	List<Actor> actors(Map<String, IsolationWorld> worlds) {
		List<Actor> actors = new ArrayList<>();
		actors.add(new Actor("anonymous", ActorType.ANONYMOUS, null, null));
		for (IsolationWorld world : worlds.values()) {
			for (Map.Entry<String, DestekUser> entry : world.actors.entrySet()) {
				String role = entry.getKey().substring(entry.getKey().indexOf('.') + 1);
				ActorType type = switch (role) {
					case "expert" -> ActorType.EXPERT;
					case "manager" -> ActorType.MANAGER;
					case "bankOfficer" -> ActorType.BANK_OFFICER;
					case "boardMember" -> ActorType.BOARD_MEMBER;
					case "commissionMember" -> ActorType.COMMISSION_MEMBER;
					default -> ActorType.APPLICANT;
				};
				actors.add(new Actor(entry.getKey(), type, world.name, user(entry.getValue())));
			}
			String key = world.apiKey;
			actors.add(new Actor(world.actor("bankKey"), ActorType.BANK_KEY, world.name, request -> {
				request.addHeader("X-Api-Key", key);
				return request;
			}));
		}
		for (Map.Entry<Role, ActorType> nationwide : Map
			.of(Role.BOARD_SECRETARIAT, ActorType.SECRETARIAT, Role.ADMIN, ActorType.ADMIN, Role.HISER_EXPERT,
					ActorType.HISER_EXPERT, Role.SAYEM_EXPERT, ActorType.SAYEM_EXPERT, Role.HIB_OFFICER,
					ActorType.HIB_OFFICER, Role.REFEREE, ActorType.REFEREE)
			.entrySet()) {
			var account = this.users.createStaffWithPassword(
					"sweep-" + nationwide.getKey().name().toLowerCase(Locale.ROOT) + "-" + java.util.UUID.randomUUID()
							+ "@izolasyon.test",
					"Süpürme " + nationwide.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '),
					EnumSet.of(nationwide.getKey()), ControlFixtures.PASSWORD);
			DestekUser principal = ControlFixtures.from(this.context).principal(account);
			actors.add(new Actor(nationwide.getKey().name(), nationwide.getValue(), null, user(principal)));
		}
		return actors;
	}

	/** The watched tables, once the work after the fixture's commits has settled. */
	String settled() throws InterruptedException {
		String previous = snapshot();
		for (int i = 0; i < 40; i++) {
			Thread.sleep(500);
			String current = snapshot();
			if (current.equals(previous)) {
				return current;
			}
			previous = current;
		}
		throw new IllegalStateException("the database did not settle after building the worlds");
	}

	/**
	 * Per watched table its row count and the newest row version (PostgreSQL's
	 * {@code xmin}): an insert, update or delete changes one of them. The bank API key's
	 * "last used" stamp is the API's own bookkeeping, so its keys are compared by their
	 * revocation only.
	 */
	String snapshot() {
		List<String> parts = new ArrayList<>();
		for (String table : WATCHED_TABLES) {
			parts.add("'" + table + "=' || (select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from "
					+ table + ")");
		}
		parts.add("'bank_api_key=' || (select count(*) || ':' || count(revoked_at) from bank_api_key)");
		return this.jdbc.queryForObject("select " + String.join(" || chr(10) || ", parts), String.class);
	}

	static String difference(String before, String after) {
		Set<String> was = new TreeSet<>(Arrays.asList(before.split("\n")));
		List<String> changed = new ArrayList<>();
		for (String line : after.split("\n")) {
			if (!was.contains(line)) {
				changed.add(line.substring(0, line.indexOf('=')));
			}
		}
		return "tables " + changed;
	}

	/**
	 * A second sign-up with the tax number of the world's enterprise: the claim an admin
	 * decides (issue 9 point 7).
	 */
	Long taxNumberClaim(IsolationWorld world) {
		String enterpriseId = world.targets.get(SweepKind.ENTERPRISE).get(0).ids().get(0);
		String taxNumber = this.jdbc.queryForObject("select tax_number from enterprise where id = ?", String.class,
				Long.valueOf(enterpriseId));
		String email = "sweep-claim-" + world.name.toLowerCase(java.util.Locale.ROOT) + "-"
				+ java.util.UUID.randomUUID() + "@example.com.tr";
		this.context.getBean(Signups.class)
			.signUp(new Registration(taxNumber, "Hak İddia Eden " + world.name + " Ltd. Şti.", LegalForm.LIMITED,
					java.time.LocalDate.of(2016, 3, 1), (short) world.province, "25.62"), email, "Hak İddia Eden",
					"Gizli-parola-123", java.util.Locale.forLanguageTag("tr"));
		return this.jdbc.queryForObject("select id from tax_number_claim where email = ?", Long.class, email);
	}

	<T> T asSecretariat(Supplier<T> action) {
		var account = this.users.createStaffWithPassword(
				"sweep-sekretarya-" + java.util.UUID.randomUUID() + "@izolasyon.test", "Süpürme Sekretarya",
				EnumSet.of(Role.BOARD_SECRETARIAT), ControlFixtures.PASSWORD);
		DestekUser secretariat = ControlFixtures.from(this.context).principal(account);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(secretariat, null, secretariat.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
