package tr.destek.benchmark;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import tr.destek.board.AppealFixtures;
import tr.destek.board.Board;
import tr.destek.board.BoardPath;
import tr.destek.board.VoteDecision;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.KosgebAppeals;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.loan.BankDirectory;
import tr.destek.loan.LoanFixtures;
import tr.destek.payment.PaymentFixtures;
import tr.destek.payment.PaymentRequest;
import tr.destek.payment.PaymentService;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput, latency and SQL statements per request of the staff list pages on the real
 * stack (Tomcat, Spring Security with a form-login session, Thymeleaf, PostgreSQL). The
 * data is seeded through the services and fixtures in two steps, a small volume and a six
 * times larger one, in a province no other test uses; the number of statements one
 * request sends must be the same at both volumes (no N+1). Statements are counted at the
 * PostgreSQL driver (every Execute message of the request's Tomcat thread), so JPA and
 * JDBC queries both count. Not part of the normal test run:
 * {@code ./mvnw -B test -Pbenchmark -Dtest=ListPagesBenchmarkTests}. Results go to
 * {@code target/benchmarks/list-pages.md}. Requests are bounded in count and time.
 */
@IntegrationTest
@Tag("benchmark")
class ListPagesBenchmarkTests {

	/** a province no other test uses */
	static final int PROVINCE = 48;

	static final int WARMUP = 20;

	static final int REQUESTS = 200;

	static final int CONCURRENCY = 4;

	static final String PASSWORD = "Liste-Olcum-2026";

	static final String REASONS = "Kurul, yazılımın yol haritası raporundaki önerilerle uyumunu yanlış değerlendirdi; "
			+ "ekteki teknik yazı bunu gösteriyor.";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAccountService users;

	@Autowired
	BankDirectory banks;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	KosgebAppeals kosgebAppeals;

	@Autowired
	PaymentService paymentService;

	ControlFixtures control;

	LoanFixtures loans;

	PaymentFixtures payments;

	AppealFixtures appealFixtures;

	BoardPath boardPath;

	int applicationsSeeded;

	int acceptedSeeded;

	@Test
	void staffListPages() throws Exception {
		this.control = ControlFixtures.from(this.context);
		this.loans = LoanFixtures.from(this.context);
		this.payments = new PaymentFixtures(this.context);
		this.appealFixtures = new AppealFixtures(this.context);
		this.boardPath = new BoardPath(this.context);

		this.control.staff(Role.RESPONSIBLE_STAFF, PROVINCE);
		UserAccount manager = this.control.staff(Role.UNIT_MANAGER, PROVINCE, mail("mudur"), "Birim Müdürü");
		UserAccount officer = this.users.createStaffWithPassword(mail("banka"), "Banka Yetkilisi",
				EnumSet.of(Role.BANK_OFFICER), PASSWORD);
		this.banks.assign(officer.getId(), LoanFixtures.BANK);
		UserAccount secretariat = this.users.createStaffWithPassword(mail("sekretarya"), "Kurul Sekreteryası",
				EnumSet.of(Role.BOARD_SECRETARIAT), PASSWORD);

		// the ledger's default period: this year up to today (the payments are approved
		// today)
		String ledgerRange = "";
		Map<String, String[]> pages = new LinkedHashMap<>();
		pages.put("control queue, page 1", new String[] { "/kosgeb/control?status=ALL", "manager" });
		pages.put("control queue, READY_FOR_BOARD",
				new String[] { "/kosgeb/control?status=READY_FOR_BOARD", "manager" });
		pages.put("appeals queue", new String[] { "/kosgeb/control/appeals", "manager" });
		pages.put("loans", new String[] { "/kosgeb/control/loans", "manager" });
		pages.put("payment requests", new String[] { "/kosgeb/control/payments", "manager" });
		pages.put("payments ledger", new String[] { "/kosgeb/control/payments/ledger" + ledgerRange, "manager" });
		pages.put("payments ledger CSV",
				new String[] { "/kosgeb/control/payments/ledger.csv" + ledgerRange, "manager" });
		pages.put("monitoring overview", new String[] { "/kosgeb/control/monitoring", "manager" });
		pages.put("bank portal applications", new String[] { "/bank/applications", "officer" });
		pages.put("secretariat decisions", new String[] { "/board/secretariat/decisions", "secretariat" });

		long seedStart = System.nanoTime();
		seed(50);
		double smallSeconds = (System.nanoTime() - seedStart) / 1e9;
		Map<String, HttpClient> sessions = Map.of("manager", signIn(manager.getEmail(), ControlFixtures.PASSWORD),
				"officer", signIn(officer.getEmail(), PASSWORD), "secretariat",
				signIn(secretariat.getEmail(), PASSWORD));
		Map<String, Integer> small = new LinkedHashMap<>();
		for (Map.Entry<String, String[]> page : pages.entrySet()) {
			small.put(page.getKey(), statements(sessions.get(page.getValue()[1]), page.getValue()[0]));
		}
		String smallVolume = volume();

		seedStart = System.nanoTime();
		seed(300);
		double largeSeconds = (System.nanoTime() - seedStart) / 1e9;
		Map<String, Integer> large = new LinkedHashMap<>();
		for (Map.Entry<String, String[]> page : pages.entrySet()) {
			large.put(page.getKey(), statements(sessions.get(page.getValue()[1]), page.getValue()[0]));
		}
		String largeVolume = volume();

		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT,
				"Machine: %d cores (shared with other builds), Java %s. Signed-in session (form login), %d requests per page after %d warm-up, %d concurrent.%n"
						+ "Small volume: %s (seeded in %.0f s). Large volume: %s (seeded in %.0f s).%n"
						+ "SQL = statements one request sends (PostgreSQL driver Execute messages on the request thread), at the small and the large volume.%n%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), REQUESTS, WARMUP,
				CONCURRENCY, smallVolume, smallSeconds, largeVolume, largeSeconds));
		report.append(
				"| page | requests/s | p50 ms | p95 ms | p99 ms | errors | SQL small | SQL large |\n|---|---|---|---|---|---|---|---|\n");
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, String[]> page : pages.entrySet()) {
			HttpClient client = sessions.get(page.getValue()[1]);
			URI uri = uri(page.getValue()[0]);
			run(client, uri, WARMUP);
			LoadRun.Result result = run(client, uri, REQUESTS);
			report.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %d | %d | %d |%n",
					page.getKey(), result.throughput(), result.percentile(50), result.percentile(95),
					result.percentile(99), result.errors(), small.get(page.getKey()), large.get(page.getKey())));
			if (result.errors() > 0) {
				failures.add(page.getKey() + " answered errors");
			}
			if (!small.get(page.getKey()).equals(large.get(page.getKey()))) {
				failures.add(page.getKey() + " sends " + small.get(page.getKey()) + " statements at the small and "
						+ large.get(page.getKey()) + " at the large volume");
			}
		}
		Path out = Path.of("target", "benchmarks", "list-pages.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
		assertThat(failures).isEmpty();
	}

	private String volume() {
		return String.format(Locale.ROOT,
				"%d applications in the province, %d of them accepted with a disbursed loan, %d loan applications "
						+ "waiting for the unit, %d payments approved, %d requests waiting, %d appeals, %d decisions to register",
				this.applicationsSeeded, this.acceptedSeeded, this.waitingLoans, this.approvedPayments,
				this.waitingRequests, this.appealsSeeded, this.decisionsSeeded);
	}

	int waitingLoans;

	int approvedPayments;

	int waitingRequests;

	int appealsSeeded;

	int decisionsSeeded;

	/**
	 * Brings the province to {@code total} applications: one in 25 accepted with a loan
	 * disbursed (a third of those with an approved payment, a third with a request
	 * waiting for the unit), one in 50 rejected by the board and appealed, one in 50 on a
	 * board's decision waiting for registration, one in 75 with a loan application
	 * waiting for the unit's check, the rest submitted or ready for the board. (Every
	 * board-decided row runs a whole meeting through the services, about 5 to 15 s on the
	 * shared machine, hence the smaller shares.)
	 */
	private void seed(int total) {
		asSecretariat(() -> {
			while (this.acceptedSeeded < total / 25) {
				PaymentFixtures.Case c = this.payments.acceptedWithLoan(PROVINCE);
				int kind = this.acceptedSeeded % 3;
				if (kind == 0) {
					PaymentRequest request = this.payments.prepared(c, 1, false, "0", "0", "0");
					this.paymentService.approve(c.manager(), request.getId(), request.getVersion());
					this.approvedPayments++;
				}
				else if (kind == 1) {
					PaymentRequest draft = this.payments.completeDraft(c, 1);
					this.paymentService.submit(c.applicant(), draft.getId(), draft.getVersion());
					this.waitingRequests++;
				}
				this.acceptedSeeded++;
				this.applicationsSeeded++;
			}
			while (this.waitingLoans < Math.max(1, total / 75)) {
				Long application = this.loans.acceptedApplication(PROVINCE, "Kredi Bekleyen " + UUID.randomUUID());
				this.loans.allocatedLoan(application, new BigDecimal("2000000.00"));
				this.waitingLoans++;
				this.applicationsSeeded++;
			}
			Board board = null;
			while (this.appealsSeeded < total / 50) {
				if (this.appealsSeeded % 10 == 0 || board == null) {
					// a board takes at most 15 applications a day (MADDE 12(8))
					board = this.boardPath.fixtures.board();
				}
				Long application = this.control.readyForBoard(PROVINCE, "İtiraz Eden " + UUID.randomUUID());
				UserAccount account = this.users.createApplicant(this.applications.find(application).getEnterpriseId(),
						mail("itiraz"), "İtiraz Eden", PASSWORD);
				DestekUser applicant = this.control.principal(account);
				this.appealFixtures.boardDecides(board, application, VoteDecision.REJECT, VoteDecision.REJECT,
						VoteDecision.ACCEPT);
				this.kosgebAppeals.submit(applicant, this.applications.find(application).getVersion(), REASONS,
						List.of(new MockMultipartFile("documents", "teknik-yazi.pdf", "application/pdf",
								KosgebApplicants.pdf())));
				this.appealsSeeded++;
				this.applicationsSeeded++;
			}
			while (this.decisionsSeeded < total / 50) {
				Long application = this.control.readyForBoard(PROVINCE, "Karar Bekleyen " + UUID.randomUUID());
				this.boardPath.prepared(application);
				this.decisionsSeeded++;
				this.applicationsSeeded++;
			}
			return null;
		});
		while (this.applicationsSeeded < total) {
			String title = "Liste Ölçüm " + UUID.randomUUID();
			if (this.applicationsSeeded % 2 == 0) {
				this.control.submitted(PROVINCE, title);
			}
			else {
				this.control.readyForBoard(PROVINCE, title);
			}
			this.applicationsSeeded++;
		}
	}

	private static String mail(String prefix) {
		return prefix + "-" + UUID.randomUUID() + "@olcum.test";
	}

	private static <T> T asSecretariat(Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		TestingAuthenticationToken token = new TestingAuthenticationToken("sekretarya@kosgeb.test", null,
				"ROLE_BOARD_SECRETARIAT");
		token.setAuthenticated(true);
		context.setAuthentication(token);
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** A client with its own cookie jar, signed in through the login form. */
	private HttpClient signIn(String email, String password) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> form = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
		String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> login = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}

	/**
	 * The SQL statements one request sends in steady state: the PostgreSQL driver's
	 * Execute messages logged on Tomcat's request threads while the request runs.
	 */
	private int statements(HttpClient client, String path) throws Exception {
		// once untimed and uncounted: caches filled on first use (holidays, provinces)
		// are
		// not per-row work
		client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.discarding());
		Logger driver = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
		AtomicInteger count = new AtomicInteger();
		Handler counter = new Handler() {
			@Override
			public void publish(LogRecord record) {
				String message = record.getMessage();
				if (message != null && message.contains("FE=> Execute")
						&& Thread.currentThread().getName().startsWith("http-nio")) {
					count.incrementAndGet();
				}
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Level previousLevel = driver.getLevel();
		boolean previousParents = driver.getUseParentHandlers();
		driver.setUseParentHandlers(false);
		driver.addHandler(counter);
		driver.setLevel(Level.FINEST);
		try {
			HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
		}
		finally {
			driver.setLevel(previousLevel);
			driver.removeHandler(counter);
			driver.setUseParentHandlers(previousParents);
		}
		return count.get();
	}

	private LoadRun.Result run(HttpClient client, URI uri, int count) throws Exception {
		return LoadRun.run(client, uri, count, CONCURRENCY, Duration.ofSeconds(180));
	}

}
