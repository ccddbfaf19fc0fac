package tr.destek.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput and latency of the public endpoints on the real stack (Tomcat, Spring
 * Security, PostgreSQL), measured from a second thread pool on loopback. Not part of the
 * normal test run: {@code ./mvnw -B test -Pbenchmark}. Results go to
 * {@code target/benchmarks/public-api.md}; the README quotes them. Requests are bounded
 * in count and time.
 */
@IntegrationTest
@Tag("benchmark")
class PublicApiBenchmarkTests {

	static final int WARMUP = 300;

	static final int REQUESTS = 3000;

	static final int CONCURRENCY = 8;

	@LocalServerPort
	int port;

	@Test
	void publicEndpoints() throws Exception {
		String[][] endpoints = {
				{ "deadline API",
						"/api/v1/calculations/deadline?start=2026-05-15&amount=15&unit=DAYS&delivery=ELECTRONIC" },
				{ "size-class API",
						"/api/v1/enterprises/size-class?employees=35&netSales=42000000&balanceSheet=30000000&date=2026-01-15" },
				{ "KOSGEB subsidy API",
						"/api/v1/calculations/kosgeb-subsidy?loanAmount=10000000&termMonths=36&graceMonths=6&supportPoints=20&disbursementDate=2026-01-31" },
				{ "login page (Thymeleaf)", "/login" }, { "subsidy calculator page",
						"/calculators/kosgeb-subsidy?loanAmount=10000000&termMonths=36&graceMonths=6&supportPoints=20&disbursementDate=2026-01-31" } };
		StringBuilder report = new StringBuilder();
		report.append(String.format(
				"Machine: %d cores, Java %s. %d requests per endpoint after %d warm-up, %d concurrent.%n%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), REQUESTS, WARMUP,
				CONCURRENCY));
		report.append("| endpoint | requests/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|\n");
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		for (String[] endpoint : endpoints) {
			URI uri = URI.create("http://localhost:" + this.port + endpoint[1]);
			run(client, uri, WARMUP);
			LoadRun.Result result = run(client, uri, REQUESTS);
			report.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %d |%n", endpoint[0],
					result.throughput(), result.percentile(50), result.percentile(95), result.percentile(99),
					result.errors()));
			assertThat(result.errors()).as(endpoint[0] + " answered errors").isZero();
		}
		Path out = Path.of("target", "benchmarks", "public-api.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
	}

	private LoadRun.Result run(HttpClient client, URI uri, int count) throws Exception {
		return LoadRun.run(client, uri, count, CONCURRENCY, Duration.ofSeconds(120));
	}

}
