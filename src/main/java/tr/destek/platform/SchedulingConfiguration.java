package tr.destek.platform;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across all instances of the application: a job annotated with
 * {@code @Scheduled} and {@code @SchedulerLock(name = "...")} takes a row lock in the
 * {@code shedlock} table (V11) first; an instance that finds the lock held skips that
 * run. Lock times come from the database clock ({@code usingDbTime()}), so instances with
 * skewed clocks agree. A lock is released at the latest after {@code lockAtMostFor}
 * (default 10 minutes) even if its instance died.
 *
 * <pre class="code">
 * &#64;Component
 * class CorrectionExpiryJob {
 *
 *     &#64;Scheduled(cron = "0 5 0 * * *", zone = "Europe/Istanbul")
 *     &#64;SchedulerLock(name = "kosgeb-correction-expiry", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
 *     public void rejectExpiredCorrections() {
 *         // its own transaction(s) via a service; idempotent: pick only what is still due
 *     }
 *
 * }
 * </pre>
 *
 * The method is public, returns {@code void}, and is called through the Spring proxy (by
 * the scheduler or another bean, never {@code this.}); the lock name is unique per job;
 * {@code lockAtMostFor} exceeds the longest run; {@code lockAtLeastFor} keeps another
 * instance whose trigger fires a moment later from running the same schedule again.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

}
