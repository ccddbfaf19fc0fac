package tr.destek.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs the same action from several threads released at the same instant (a
 * {@link CyclicBarrier}), for the "exactly once" rules: each thread's outcome is kept, a
 * value or the exception it threw, so a test can count the effects and read the refusals.
 * The caller's security context is carried into the threads (the audit names the actor).
 */
public final class Race {

	private Race() {
	}

	/** What one thread of a race ended with: a value or the exception thrown. */
	public record Outcome<T>(T value, Throwable failure) {

		public boolean succeeded() {
			return this.failure == null;
		}

	}

	/** Runs {@code action} from two threads at once. */
	public static <T> List<Outcome<T>> twice(Callable<T> action) throws InterruptedException {
		return run(List.of(action, action));
	}

	/** Runs each action in its own thread, all released at the same instant. */
	public static <T> List<Outcome<T>> run(List<Callable<T>> actions) throws InterruptedException {
		SecurityContext context = SecurityContextHolder.getContext();
		CyclicBarrier barrier = new CyclicBarrier(actions.size());
		ExecutorService pool = Executors.newFixedThreadPool(actions.size());
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> action : actions) {
				futures.add(pool.submit(() -> {
					SecurityContextHolder.setContext(context);
					try {
						barrier.await(30, TimeUnit.SECONDS);
						return action.call();
					}
					finally {
						SecurityContextHolder.clearContext();
					}
				}));
			}
			List<Outcome<T>> outcomes = new ArrayList<>();
			for (Future<T> future : futures) {
				try {
					outcomes.add(new Outcome<>(future.get(60, TimeUnit.SECONDS), null));
				}
				catch (ExecutionException ex) {
					outcomes.add(new Outcome<>(null, ex.getCause()));
				}
				catch (java.util.concurrent.TimeoutException ex) {
					throw new AssertionError("a racing thread did not finish within 60 s (a deadlock?)", ex);
				}
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The outcomes that succeeded. */
	public static <T> List<Outcome<T>> winners(List<Outcome<T>> outcomes) {
		return outcomes.stream().filter(Outcome::succeeded).toList();
	}

	/** The exceptions of the outcomes that failed. */
	public static <T> List<Throwable> losers(List<Outcome<T>> outcomes) {
		return outcomes.stream().filter(o -> !o.succeeded()).map(Outcome::failure).toList();
	}

}
