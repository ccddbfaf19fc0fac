package tr.destek.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server of the operating system (Debian's {@code postgresql} package,
 * {@code /usr/lib/postgresql/<major>/bin}, major 15 or newer; or
 * {@code DESTEK_POSTGRESQL_BIN}), started by a test in a temporary directory on a free
 * port, with its own {@code pg_dump} and {@code pg_restore} of the same major version.
 * The embedded binaries ship no {@code pg_dump}, hence this.
 * <p>
 * {@code initdb} refuses to run as root: as root the server runs as the {@code postgres}
 * user (created by the Debian package) through {@code runuser}. Without the binaries the
 * test is skipped, unless {@code DESTEK_BACKUP_TESTS=required} (set by {@code .ci/run}),
 * where it fails.
 */
final class DebianPostgres implements AutoCloseable {

	static final String SUPERUSER = "postgres";

	private final Path bin;

	private final Path directory;

	private final List<String> asServerUser;

	private final int port;

	private DebianPostgres(Path bin, Path directory, List<String> asServerUser, int port) {
		this.bin = bin;
		this.directory = directory;
		this.asServerUser = asServerUser;
		this.port = port;
	}

	/**
	 * Starts a new server, or skips the test (fails it when required) if none can run.
	 */
	static DebianPostgres startOrSkip() throws IOException, InterruptedException {
		boolean required = "required".equals(System.getenv("DESTEK_BACKUP_TESTS"));
		Optional<Path> bin = binaries();
		String missing = null;
		List<String> asServerUser = List.of();
		if (bin.isEmpty()) {
			missing = "no PostgreSQL 15 or newer in /usr/lib/postgresql/*/bin: apt-get install postgresql";
		}
		else if (isRoot()) {
			Optional<String> user = Stream.of(SUPERUSER, "nobody").filter(DebianPostgres::userExists).findFirst();
			if (user.isEmpty() || !Files.isExecutable(Path.of("/usr/sbin/runuser"))) {
				missing = "running as root, and neither runuser nor a postgres user to run the server as";
			}
			else {
				asServerUser = List.of("/usr/sbin/runuser", "-u", user.get(), "--");
			}
		}
		if (missing != null) {
			if (required) {
				throw new IllegalStateException(
						"Backup tests are required (DESTEK_BACKUP_TESTS=required) but " + missing);
			}
			Assumptions.abort(missing);
		}
		Path directory = Files.createTempDirectory("destek-postgresql-");
		if (!asServerUser.isEmpty()) {
			run(List.of("chown", asServerUser.get(2), directory.toString()));
		}
		DebianPostgres server = new DebianPostgres(bin.get(), directory, asServerUser, freePort());
		server.start();
		return server;
	}

	/** The newest {@code /usr/lib/postgresql/<major>/bin} with major 15 or newer. */
	static Optional<Path> binaries() throws IOException {
		String configured = System.getenv("DESTEK_POSTGRESQL_BIN");
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured)).filter(DebianPostgres::complete);
		}
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.filter(p -> p.getFileName().toString().matches("\\d+"))
				.filter(p -> Integer.parseInt(p.getFileName().toString()) >= 15)
				.max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString())))
				.map(p -> p.resolve("bin"))
				.filter(DebianPostgres::complete);
		}
	}

	private static boolean complete(Path bin) {
		return Stream.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore")
			.allMatch(tool -> Files.isExecutable(bin.resolve(tool)));
	}

	private void start() throws IOException, InterruptedException {
		Path data = this.directory.resolve("data");
		asServer(List.of(tool("initdb"), "-D", data.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
				"--locale=C.UTF-8"));
		asServer(List.of(
				tool("pg_ctl"), "-D", data.toString(), "-l", this.directory.resolve("server.log").toString(), "-w",
				"-t", "120", "-o", "-p " + this.port + " -c listen_addresses=localhost -c unix_socket_directories="
						+ this.directory + " -c fsync=off -c timezone=Europe/Istanbul -c max_connections=100",
				"start"));
	}

	int port() {
		return this.port;
	}

	String major() {
		return this.bin.getParent().getFileName().toString();
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.port + "/" + database;
	}

	Connection superuserConnection(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
	}

	/**
	 * Runs a client tool of the same version ({@code pg_dump}, {@code pg_restore}, ...)
	 * against this server, as the given role.
	 */
	String client(String tool, String role, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(tool(tool), "-h", "localhost", "-p", String.valueOf(this.port), "-U", role));
		command.addAll(Arrays.asList(arguments));
		return run(command);
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			asServer(List.of(tool("pg_ctl"), "-D", this.directory.resolve("data").toString(), "-m", "immediate", "-w",
					"stop"));
		}
		finally {
			FileSystemUtils.deleteRecursively(this.directory);
		}
	}

	private String tool(String name) {
		return this.bin.resolve(name).toString();
	}

	private void asServer(List<String> command) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>(this.asServerUser);
		full.addAll(command);
		run(full);
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(
					String.join(" ", command) + " failed (" + (process.isAlive() ? "timeout" : process.exitValue())
							+ "):\n" + new String(output, StandardCharsets.UTF_8));
		}
		return new String(output, StandardCharsets.UTF_8);
	}

	private static boolean isRoot() throws IOException, InterruptedException {
		return "0".equals(run(List.of("id", "-u")).trim());
	}

	private static boolean userExists(String user) {
		try {
			run(List.of("id", "-u", user));
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (IOException | IllegalStateException ex) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
