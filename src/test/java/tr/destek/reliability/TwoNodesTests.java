package tr.destek.reliability;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import tr.destek.document.DocumentRef;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.AccountAdministration;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.support.Nodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9, must build 3: two application instances (node A and node B, each a whole
 * Destek with its own Tomcat) on one PostgreSQL database, with one browser in front of
 * both as behind a load balancer. Nothing that matters lives in a node's memory: sessions
 * are in PostgreSQL (Spring Session JDBC), documents are in PostgreSQL, scheduled jobs
 * take a ShedLock row lock. Test data in province 49.
 */
class TwoNodesTests {

	static final short PROVINCE = 49;

	static final Map<String, List<String>> LOCKS_TAKEN = new ConcurrentHashMap<>();

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		nodeA = Nodes.start("node-a", Nodes.Database.shared(), new CountingLocks("node-a"));
		nodeB = Nodes.start("node-b", Nodes.Database.shared(), new CountingLocks("node-b"));
	}

	@AfterAll
	static void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	void aUserSignedInOnNodeAContinuesOnNodeBWithTheSameSessionCookie() throws Exception {
		String email = KosgebApplicants.qualifying(nodeA.getBean(EnterpriseService.class), PROVINCE);
		UserAccount applicant = nodeA.getBean(UserAccountService.class).findByEmail(email).orElseThrow();
		String title = nodeA.getBean(EnterpriseService.class)
			.find(applicant.getEnterpriseId())
			.orElseThrow()
			.getTitle();
		NodeBrowser browser = new NodeBrowser();

		assertThat(NodeBrowser.answer(browser.signIn(Nodes.port(nodeA), email, KosgebApplicants.PASSWORD)))
			.doesNotContain("login");

		HttpResponse<String> onB = browser.get(Nodes.port(nodeB), "/enterprise/profile");
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains(title);
		// a node that never saw the sign-in still turns strangers away
		assertThat(NodeBrowser.answer(new NodeBrowser().get(Nodes.port(nodeB), "/enterprise/profile")))
			.endsWith("/login");
	}

	@Test
	void anUploadMadeOnNodeADownloadsOnNodeB() throws Exception {
		String email = KosgebApplicants.qualifying(nodeA.getBean(EnterpriseService.class), PROVINCE);
		DestekUser principal = ControlFixtures.from(nodeA)
			.principal(nodeA.getBean(UserAccountService.class).findByEmail(email).orElseThrow());
		KosgebApplication draft = nodeA.getBean(KosgebApplicationService.class).startDraft(principal);
		NodeBrowser browser = new NodeBrowser();
		browser.signIn(Nodes.port(nodeA), email, KosgebApplicants.PASSWORD);
		byte[] pdf = KosgebApplicants.pdf();

		HttpResponse<String> uploaded = browser.upload(Nodes.port(nodeA), "/kosgeb/application/documents",
				browser.csrfToken(Nodes.port(nodeA), "/kosgeb/application/edit"), "category", "OTHER", "file",
				"olgunluk-raporu.pdf", "application/pdf", pdf);

		assertThat(NodeBrowser.answer(uploaded)).startsWith("/kosgeb/application/edit");
		List<DocumentRef> documents = nodeB.getBean(KosgebApplicationService.class).documents(draft.getId());
		assertThat(documents).singleElement().satisfies(d -> assertThat(d.filename()).isEqualTo("olgunluk-raporu.pdf"));
		HttpResponse<byte[]> download = browser.download(Nodes.port(nodeB),
				"/kosgeb/documents/" + documents.get(0).id());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
	}

	@Test
	void aUserDisabledOnNodeAIsThrownOutOnBothNodes() throws Exception {
		UserAccount expert = ControlFixtures.from(nodeA).staff(Role.RESPONSIBLE_STAFF, PROVINCE);
		NodeBrowser signedInOnA = new NodeBrowser();
		NodeBrowser signedInOnB = new NodeBrowser();
		assertThat(
				NodeBrowser.answer(signedInOnA.signIn(Nodes.port(nodeA), expert.getEmail(), ControlFixtures.PASSWORD)))
			.isEqualTo("/dashboard");
		assertThat(
				NodeBrowser.answer(signedInOnB.signIn(Nodes.port(nodeB), expert.getEmail(), ControlFixtures.PASSWORD)))
			.isEqualTo("/dashboard");
		for (NodeBrowser browser : List.of(signedInOnA, signedInOnB)) {
			assertThat(browser.get(Nodes.port(nodeA), "/kosgeb/control").statusCode()).isEqualTo(200);
			assertThat(browser.get(Nodes.port(nodeB), "/kosgeb/control").statusCode()).isEqualTo(200);
		}

		nodeA.getBean(AccountAdministration.class).setEnabled(expert.getId(), false);

		for (NodeBrowser browser : List.of(signedInOnA, signedInOnB)) {
			assertThat(NodeBrowser.answer(browser.get(Nodes.port(nodeB), "/kosgeb/control"))).endsWith("/login");
			assertThat(NodeBrowser.answer(browser.get(Nodes.port(nodeA), "/kosgeb/control"))).endsWith("/login");
		}
		assertThat(NodeBrowser
			.answer(new NodeBrowser().signIn(Nodes.port(nodeB), expert.getEmail(), ControlFixtures.PASSWORD)))
			.isEqualTo("/login?error");
	}

	/**
	 * Every {@code @Scheduled} job with a {@code @SchedulerLock}, found in the context (a
	 * new job is covered without touching this test), is started on both nodes at the
	 * same instant: exactly one node takes the lock and runs it.
	 */
	@Test
	void eachScheduledJobStartedOnBothNodesAtOnceRunsExactlyOnce() throws Exception {
		List<String> jobs = lockedJobs(nodeA).stream().map(Job::lockName).toList();
		assertThat(jobs).hasSizeGreaterThanOrEqualTo(7)
			.contains("kosgeb-correction-expiry", "kosgeb-board-correction-expiry", "kosgeb-control-escalation",
					"kosgeb-appeal-escalation", "monitoring-maturity-report", "monitoring-sampling",
					"event-publication-purge");
		JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
		waitUntilNoLockIsHeld(jdbc, jobs);
		LOCKS_TAKEN.clear();

		ExecutorService schedulers = Executors.newFixedThreadPool(2);
		try {
			for (Job onA : lockedJobs(nodeA)) {
				Job onB = lockedJobs(nodeB).stream().filter(j -> j.lockName().equals(onA.lockName())).findFirst().get();
				CountDownLatch start = new CountDownLatch(1);
				Future<?> a = schedulers.submit(() -> runAt(start, onA));
				Future<?> b = schedulers.submit(() -> runAt(start, onB));
				start.countDown();
				a.get(5, TimeUnit.MINUTES);
				b.get(5, TimeUnit.MINUTES);
			}
		}
		finally {
			schedulers.shutdownNow();
			// the other tests of this JVM call the jobs directly: free the locks now
			// rather
			// than after lockAtLeastFor
			jdbc.update("update shedlock set lock_until = locked_at where name in ("
					+ String.join(",", Collections.nCopies(jobs.size(), "?")) + ")", jobs.toArray());
		}

		for (String job : jobs) {
			assertThat(LOCKS_TAKEN.getOrDefault(job, List.of())).as(job).hasSize(1);
		}
	}

	private static void runAt(CountDownLatch start, Job job) {
		try {
			start.await();
			ReflectionUtils.makeAccessible(job.method());
			ReflectionUtils.invokeMethod(job.method(), job.bean());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void waitUntilNoLockIsHeld(JdbcTemplate jdbc, List<String> jobs) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
		String sql = "select count(*) from shedlock where lock_until > timezone('utc', now()) and name in ("
				+ String.join(",", Collections.nCopies(jobs.size(), "?")) + ")";
		while (jdbc.queryForObject(sql, Integer.class, jobs.toArray()) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
	}

	/**
	 * The scheduled, locked job methods of a node, called through their Spring proxies.
	 */
	static List<Job> lockedJobs(ConfigurableApplicationContext node) {
		List<Job> jobs = new ArrayList<>();
		for (String name : node.getBeanDefinitionNames()) {
			Class<?> type = node.getType(name);
			if (type == null) {
				continue;
			}
			Object bean = null;
			for (Method method : ReflectionUtils.getUniqueDeclaredMethods(ClassUtils.getUserClass(type))) {
				SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
				if (lock != null && AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
					bean = (bean != null) ? bean : node.getBean(name);
					jobs.add(new Job(lock.name(), bean, method));
				}
			}
		}
		return jobs;
	}

	record Job(String lockName, Object bean, Method method) {
	}

	/**
	 * Records which node took which job lock: ShedLock runs a job's body only on the node
	 * whose {@link LockProvider} returned a lock.
	 */
	static final class CountingLocks implements BeanPostProcessor {

		private final String node;

		CountingLocks(String node) {
			this.node = node;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof LockProvider provider)) {
				return bean;
			}
			return (LockProvider) (LockConfiguration configuration) -> {
				Optional<SimpleLock> lock = provider.lock(configuration);
				lock.ifPresent(l -> LOCKS_TAKEN
					.computeIfAbsent(configuration.getName(), k -> Collections.synchronizedList(new ArrayList<>()))
					.add(this.node));
				return lock;
			};
		}

	}

}
