package tr.destek.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tr.destek.board.BoardDecisionRegistered;
import tr.destek.board.BoardPath;
import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.support.IntegrationTest;
import tr.destek.support.Nodes;
import tr.destek.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9, must build 4: the application process is killed (SIGKILL, no shutdown hooks)
 * in the middle of registering a board decision (MADDE 12(9)), after the decision's
 * transaction committed and before its after-commit listeners ran: the programme's
 * monitoring case (MADDE 6(5)) and the e-mails of the notifications. After a restart
 * nothing is half-done and no notification is lost: the decision, the application's new
 * status and the in-app notifications were committed together, and the event publications
 * stored in that same transaction (Spring Modulith's registry, {@code event_publication})
 * are resubmitted on start. Test data in province 51.
 * <p>
 * Red before V71 and spring-modulith-starter-jpa: the restarted process never opened the
 * monitoring case nor sent the e-mails (they stayed PENDING).
 */
@IntegrationTest
@WithMockUser(username = "sekretarya-51@kosgeb.test", roles = "BOARD_SECRETARIAT")
class CrashRecoveryTests {

	static final int PROVINCE = 51;

	static final String REGISTER_DECISION = "destek.test.register-decision";

	static final String COMMITTED = "DESTEK-TEST decision committed";

	static final String STARTED = "DESTEK-TEST started";

	static final Path LOGS = Path.of("target", "reliability");

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAccountService users;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aProcessKilledBetweenTheDecisionsCommitAndItsListenersCompletesThemAfterRestart() throws Exception {
		BoardPath path = new BoardPath(this.context);
		Long application = path.control().readyForBoard(PROVINCE, "Çökmez Makina A.Ş.");
		String applicantEmail = "basvuru-" + UUID.randomUUID() + "@cokmez.example.com.tr";
		UserAccount applicant = this.users.createApplicant(this.applications.find(application).getEnterpriseId(),
				applicantEmail, "Başvuru Sahibi", "Gizli-parola-123");
		Decision decision = path.prepared(application);
		Instant beforeRegistration = Instant.now().minusSeconds(1);
		Nodes.Database database = Nodes.Database.shared();

		Process crashing = Nodes.startProcess(Node.class, LOGS.resolve("crash-1.log"),
				Nodes.arguments("crash-1", database), Map.of(REGISTER_DECISION, String.valueOf(decision.getId())));
		try {
			awaitLine(crashing, LOGS.resolve("crash-1.log"), COMMITTED);
		}
		finally {
			crashing.destroyForcibly();
		}
		assertThat(crashing.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(crashing.exitValue()).as("killed by SIGKILL").isEqualTo(137);

		// all or nothing: the decision, the application's move and the notifications
		// committed together; the listeners' work is not done yet, but recorded as owed
		assertThat(this.jdbc.queryForObject("select registry_number from board_decision where id = ?", String.class,
				decision.getId()))
			.isNotNull();
		assertThat(this.applications.find(application).getStatus().name()).isEqualTo("ACCEPTED");
		assertThat(mailStatusesOf(applicant)).containsExactly("PENDING");
		assertThat(monitoringCases(application)).isZero();
		assertThat(TestMail.get().receivedBy(applicantEmail)).isEmpty();

		Process restarted = Nodes.startProcess(Node.class, LOGS.resolve("crash-2.log"),
				Nodes.arguments("crash-2", database), Map.of());
		try {
			awaitLine(restarted, LOGS.resolve("crash-2.log"), STARTED);
			// the listeners are asynchronous: each publication is completed just after
			// its
			// listener's work committed
			await(() -> monitoringCases(application) == 1 && mailStatusesOf(applicant).equals(List.of("SENT"))
					&& incompletePublicationsSince(beforeRegistration) == 0);

			assertThat(monitoringCases(application)).isOne();
			assertThat(mailStatusesOf(applicant)).containsExactly("SENT");
			assertThat(TestMail.get().receivedBy(applicantEmail)).hasSize(1);
			// by the registry: the publications stored with the decision's commit (one
			// for
			// the monitoring listener, one per notification's e-mail) were all completed
			assertThat(this.jdbc.queryForObject("""
					select count(*) from event_publication where event_type = ? and completion_date is not null
					and (serialized_event::jsonb ->> 'decisionId')::bigint = ?
					""", Integer.class, BoardDecisionRegistered.class.getName(), decision.getId())).isOne();
			assertThat(this.jdbc.queryForObject(
					"select count(*) from event_publication where publication_date >= ? and completion_date is not null",
					Integer.class, Timestamp.from(beforeRegistration)))
				.isGreaterThanOrEqualTo(2);
			assertThat(incompletePublicationsSince(beforeRegistration)).isZero();
		}
		finally {
			restarted.destroy();
			restarted.waitFor(60, TimeUnit.SECONDS);
			restarted.destroyForcibly();
		}
	}

	private List<String> mailStatusesOf(UserAccount user) {
		return this.jdbc.queryForList("select mail_status from notification where recipient_id = ? order by id",
				String.class, user.getId());
	}

	private int monitoringCases(Long application) {
		return this.jdbc.queryForObject("select count(*) from monitoring_case where application_id = ?", Integer.class,
				application);
	}

	private int incompletePublicationsSince(Instant since) {
		return this.jdbc.queryForObject(
				"select count(*) from event_publication where publication_date >= ? and completion_date is null",
				Integer.class, Timestamp.from(since));
	}

	private static void awaitLine(Process process, Path log, String line) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
		while (System.nanoTime() < deadline) {
			if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
				return;
			}
			if (!process.isAlive()) {
				throw new AssertionError("the child process ended (" + process.exitValue() + ") before \"" + line
						+ "\"; see " + log.toAbsolutePath() + "\n" + tail(log));
			}
			Thread.sleep(250);
		}
		throw new AssertionError(
				"no \"" + line + "\" within 4 minutes; see " + log.toAbsolutePath() + "\n" + tail(log));
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(250);
		}
	}

	private static String tail(Path log) {
		try {
			String text = Files.readString(log, StandardCharsets.UTF_8);
			return text.substring(Math.max(0, text.length() - 6000));
		}
		catch (IOException ex) {
			return "";
		}
	}

	/**
	 * The child process: Destek as production runs it; with {@value #REGISTER_DECISION}
	 * it registers that decision as the secretariat and stops dead right after the
	 * commit, before any after-commit listener, until the test kills it.
	 */
	public static final class Node {

		private Node() {
		}

		public static void main(String[] args) {
			String decision = System.getProperty(REGISTER_DECISION);
			ConfigurableApplicationContext context = Nodes.builder()
				.initializers(c -> c.addApplicationListener(new StopDeadAfterCommit()))
				.run(args);
			System.out.println(STARTED);
			if (decision != null) {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("sekretarya-51@kosgeb.test",
							null, List.of(new SimpleGrantedAuthority("ROLE_BOARD_SECRETARIAT"))));
				context.getBean(DecisionService.class).register(Long.valueOf(decision));
				System.out.println("DESTEK-TEST registered without stopping");
				System.exit(3);
			}
		}

	}

	/**
	 * Test-only, in the child process only: when a board decision is published, the
	 * transaction gets a first after-commit step that blocks, so the process is stuck
	 * between the commit and the listeners until it is killed.
	 */
	static final class StopDeadAfterCommit implements ApplicationListener<ApplicationEvent> {

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (!(event instanceof PayloadApplicationEvent<?> payload)
					|| !(payload.getPayload() instanceof BoardDecisionRegistered)
					|| System.getProperty(REGISTER_DECISION) == null) {
				return;
			}
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public int getOrder() {
					return Ordered.HIGHEST_PRECEDENCE;
				}

				@Override
				public void afterCommit() {
					System.out.println(COMMITTED);
					System.out.flush();
					while (true) {
						try {
							Thread.sleep(60_000);
						}
						catch (InterruptedException ex) {
							// stay stuck until killed
						}
					}
				}

			});
		}

	}

}
