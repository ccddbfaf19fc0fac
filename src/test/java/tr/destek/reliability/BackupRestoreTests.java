package tr.destek.reliability;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import tr.destek.document.DocumentRef;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.DocumentCategory;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DatabaseRoles;
import tr.destek.support.Nodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9, must build 5: backup and restore as the README describes them. A running
 * instance on a PostgreSQL 15+ server of the operating system holds enterprises with
 * documents; {@code pg_dump} (same major version) dumps it while it runs, as the owner
 * role; {@code pg_restore} restores the dump into a fresh database; the application
 * starts on the restored database (Flyway finds it current) and every document downloads,
 * byte for byte, and the application role is still refused UPDATE on the audit trail.
 * Test data in province 49 (a private server: no other test sees it).
 */
class BackupRestoreTests {

	static final short PROVINCE = 49;

	static final String OWNER_PASSWORD = "destek-owner-backup";

	static final String APP_PASSWORD = "destek-app-backup";

	static DebianPostgres server;

	@BeforeAll
	static void startPostgres() throws Exception {
		server = DebianPostgres.startOrSkip();
	}

	@AfterAll
	static void stopPostgres() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void aDumpOfARunningInstanceRestoredIntoAFreshDatabaseStartsTheAppAndEveryDocumentDownloads() throws Exception {
		createDatabase("destek");
		Map<Long, byte[]> originals = new LinkedHashMap<>();
		Map<Long, String> ownerOf = new HashMap<>();
		Path dump = Files.createTempFile("destek-", ".dump");
		try (ConfigurableApplicationContext running = Nodes.start("backup-source", database("destek"))) {
			for (int enterprise = 0; enterprise < 2; enterprise++) {
				String email = KosgebApplicants.qualifying(running.getBean(EnterpriseService.class), PROVINCE);
				DestekUser applicant = ControlFixtures.from(running)
					.principal(running.getBean(UserAccountService.class).findByEmail(email).orElseThrow());
				KosgebApplicationService applications = running.getBean(KosgebApplicationService.class);
				applications.startDraft(applicant);
				for (DocumentCategory category : DocumentCategory.values()) {
					byte[] content = document(category);
					DocumentRef ref = applications.uploadDocument(applicant, category, new MockMultipartFile("file",
							category.name().toLowerCase(java.util.Locale.ROOT) + ".pdf", "application/pdf", content));
					originals.put(ref.id(), content);
					ownerOf.put(ref.id(), email);
				}
			}

			// the backup, taken while the instance runs (pg_dump reads one consistent
			// snapshot)
			server.client("pg_dump", DatabaseRoles.OWNER, "--format=custom", "--file=" + dump, "destek");
		}
		try {
			createDatabase("destek_restored");
			server.client("pg_restore", DatabaseRoles.OWNER, "--exit-on-error", "--single-transaction",
					"--dbname=destek_restored", dump.toString());
		}
		finally {
			Files.deleteIfExists(dump);
		}

		try (ConfigurableApplicationContext restored = Nodes.start("backup-restored", database("destek_restored"))) {
			JdbcTemplate jdbc = restored.getBean(JdbcTemplate.class);
			List<Long> documents = jdbc.queryForList("select id from document order by id", Long.class);
			assertThat(documents).containsExactlyInAnyOrderElementsOf(originals.keySet()).hasSize(6);
			int port = Nodes.port(restored);
			Map<String, NodeBrowser> browsers = new HashMap<>();
			for (Long id : documents) {
				NodeBrowser browser = browsers.computeIfAbsent(ownerOf.get(id), email -> signedIn(port, email));
				HttpResponse<byte[]> download = browser.download(port, "/kosgeb/documents/" + id);
				assertThat(download.statusCode()).as("document " + id).isEqualTo(200);
				assertThat(download.body()).as("document " + id).isEqualTo(originals.get(id));
			}
			assertThat(jdbc.queryForObject("select has_table_privilege(current_user, 'audit_entry', 'UPDATE')",
					Boolean.class))
				.isFalse();
		}
	}

	private static NodeBrowser signedIn(int port, String email) {
		NodeBrowser browser = new NodeBrowser();
		try {
			assertThat(NodeBrowser.answer(browser.signIn(port, email, KosgebApplicants.PASSWORD)))
				.doesNotContain("login");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return browser;
	}

	/** A PDF with 200 KB of random bytes, so the dump carries real binary content. */
	private static byte[] document(DocumentCategory category) {
		byte[] head = ("%PDF-1.4\n% " + category + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] body = new byte[200 * 1024];
		ThreadLocalRandom.current().nextBytes(body);
		byte[] tail = "\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] content = new byte[head.length + body.length + tail.length];
		System.arraycopy(head, 0, content, 0, head.length);
		System.arraycopy(body, 0, content, head.length, body.length);
		System.arraycopy(tail, 0, content, head.length + body.length, tail.length);
		return content;
	}

	private static void createDatabase(String name) throws Exception {
		try (Connection superuser = server.superuserConnection("postgres")) {
			DatabaseRoles.setUp(superuser, name, OWNER_PASSWORD, APP_PASSWORD);
		}
	}

	private static Nodes.Database database(String name) {
		return new Nodes.Database(server.jdbcUrl(name), DatabaseRoles.APP, APP_PASSWORD, DatabaseRoles.OWNER,
				OWNER_PASSWORD);
	}

}
