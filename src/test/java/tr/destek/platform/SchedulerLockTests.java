package tr.destek.platform;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheduled job with {@code @SchedulerLock} runs once even when two schedulers (two
 * application instances) start it at the same moment; the lock lives in the database and
 * uses the database's clock.
 */
@IntegrationTest
class SchedulerLockTests {

	@Autowired
	LockedTestJob job;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoSchedulersRacingRunTheJobOnceAndItRunsAgainWhenTheLockHasExpired() throws Exception {
		int before = this.job.runs();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService schedulers = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = schedulers.submit(() -> awaitAndRun(start));
			Future<?> second = schedulers.submit(() -> awaitAndRun(start));
			start.countDown();
			first.get(30, TimeUnit.SECONDS);
			second.get(30, TimeUnit.SECONDS);
		}
		finally {
			schedulers.shutdownNow();
		}
		assertThat(this.job.runs() - before).isOne();

		Map<String, Object> lock = this.jdbc.queryForMap(
				"select lock_until, locked_at, locked_by, timezone('utc', now()) as db_now from shedlock where name = ?",
				LockedTestJob.LOCK_NAME);
		Timestamp lockedAt = (Timestamp) lock.get("locked_at");
		Timestamp lockUntil = (Timestamp) lock.get("lock_until");
		Timestamp dbNow = (Timestamp) lock.get("db_now");
		assertThat(lock.get("locked_by")).isNotNull();
		// lockAtLeastFor = PT2S, counted on the database clock (UTC)
		assertThat(Duration.between(lockedAt.toInstant(), lockUntil.toInstant())).isEqualTo(Duration.ofSeconds(2));
		assertThat(Duration.between(lockedAt.toInstant(), dbNow.toInstant()).abs()).isLessThan(Duration.ofMinutes(1));

		waitUntilDatabaseTimePasses(lockUntil);
		this.job.run();
		assertThat(this.job.runs() - before).isEqualTo(2);
	}

	private void awaitAndRun(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		this.job.run();
	}

	private void waitUntilDatabaseTimePasses(Timestamp until) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (Boolean.FALSE.equals(this.jdbc.queryForObject("select timezone('utc', now()) > ?", Boolean.class, until))
				&& System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
	}

}
