package tr.destek.identity;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security issue #9, finding A: 30 parallel wrong passwords for one account gave 19 × 500
 * (optimistic lock on the failure counter, increments lost) and 11 redirects, while an
 * unknown e-mail gave 30 redirects, an oracle for which accounts exist. Now the failures
 * are counted by one SQL statement each, sign-ins are throttled per typed e-mail and per
 * client address in PostgreSQL, and known and unknown e-mails get the same answers. Real
 * HTTP against the server, from addresses given by a (trusted, local) proxy.
 */
@IntegrationTest
class SignInThrottlingTests {

	static final int PARALLEL = 30;

	/** destek.security.throttle.max-attempts-per-account */
	static final int ATTEMPTS_PER_ACCOUNT = 10;

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thirtyParallelWrongPasswordsNeverFailCountExactlyAndAnswerAlikeForKnownAndUnknownEmails() throws Exception {
		String email = staff("the-right-password-2026");
		String unknown = "nobody-" + UUID.randomUUID() + "@example.com";

		Map<String, Long> known = parallelWrongSignIns(email, randomAddress());
		Map<String, Long> nobody = parallelWrongSignIns(unknown, randomAddress());

		assertThat(known.keySet()).noneMatch(answer -> answer.startsWith("5"));
		assertThat(known).isEqualTo(nobody)
			.containsEntry("/login?error", (long) ATTEMPTS_PER_ACCOUNT)
			.containsEntry("/login?throttled=15", (long) (PARALLEL - ATTEMPTS_PER_ACCOUNT))
			.hasSize(2);
		// every attempt that reached the password check is counted, none lost
		assertThat(this.jdbc.queryForObject("select failed_logins from user_account where email = ?", Integer.class,
				email))
			.isEqualTo(ATTEMPTS_PER_ACCOUNT);
	}

	@Test
	void aThrottledAccountTakesTheRightPasswordAgainOnceTheWindowAndTheLockHaveExpired() throws Exception {
		String email = staff("the-right-password-2026");
		String address = randomAddress();
		parallelWrongSignIns(email, address);

		BrowserLikeClient browser = new BrowserLikeClient(this.port, randomAddress());
		// another address, the right password: the account's window still refuses
		assertThat(BrowserLikeClient.answer(browser.signIn(email, "the-right-password-2026")))
			.isEqualTo("/login?throttled=15");
		assertThat(browser.get("/login?throttled=15").body()).contains("15 dakika sonra yeniden deneyin");
		assertThat(browser.get("/login?throttled=%3Cscript%3E").statusCode()).isEqualTo(200);

		// 16 minutes later: the window and the 15-minute lock are over
		this.jdbc.update("update login_throttle set window_start = window_start - interval '16 minutes'");
		this.jdbc.update("update user_account set locked_until = locked_until - interval '16 minutes' where email = ?",
				email);
		assertThat(BrowserLikeClient.answer(browser.signIn(email, "the-right-password-2026"))).isEqualTo("/dashboard");
		assertThat(this.jdbc.queryForObject("select failed_logins from user_account where email = ?", Integer.class,
				email))
			.isZero();
	}

	private Map<String, Long> parallelWrongSignIns(String email, String address) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
		try {
			CountDownLatch ready = new CountDownLatch(PARALLEL);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < PARALLEL; i++) {
				String password = "wrong-password-" + i;
				Callable<String> attempt = () -> {
					BrowserLikeClient browser = new BrowserLikeClient(this.port, address);
					String token = browser.csrfTokenOf("/login");
					ready.countDown();
					go.await();
					HttpResponse<String> response = browser.postForm("/login", token, email, password);
					return BrowserLikeClient.answer(response);
				};
				answers.add(pool.submit(attempt));
			}
			ready.await();
			go.countDown();
			List<String> all = new ArrayList<>();
			for (Future<String> answer : answers) {
				all.add(answer.get());
			}
			return all.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String staff(String password) {
		String email = "staff-" + UUID.randomUUID() + "@example.com";
		this.users.createStaffWithPassword(email, "Test Personel", EnumSet.of(Role.RESPONSIBLE_STAFF), (short) 42,
				password);
		return email;
	}

	/** An address of TEST-NET-3 (RFC 5737), different for each test. */
	static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "203.0." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
	}

}
