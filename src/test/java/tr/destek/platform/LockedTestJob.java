package tr.destek.platform;

import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * A scheduled job for {@link SchedulerLockTests}, written the way production jobs are:
 * {@code @Scheduled} plus {@code @SchedulerLock}. Its schedule is off ({@code "-"}); the
 * test calls it through the Spring proxy as the scheduler would.
 */
public class LockedTestJob {

	static final String LOCK_NAME = "test-locked-job";

	private final AtomicInteger runs = new AtomicInteger();

	@Scheduled(cron = "-")
	@SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "PT2S", lockAtMostFor = "PT1M")
	public void run() {
		this.runs.incrementAndGet();
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	int runs() {
		return this.runs.get();
	}

}
