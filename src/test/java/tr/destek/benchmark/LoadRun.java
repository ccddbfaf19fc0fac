package tr.destek.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends {@code count} GET requests to one URI from {@code concurrency} threads through
 * the given client (which may carry a signed-in session's cookies) and records each
 * request's latency; anything but 200 counts as an error. Shared by the benchmarks.
 */
final class LoadRun {

	private LoadRun() {
	}

	static Result run(HttpClient client, URI uri, int count, int concurrency, Duration limit) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		long[] latencies = new long[count];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < concurrency; t++) {
			futures.add(pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < count) {
					long t0 = System.nanoTime();
					try {
						HttpResponse<Void> response = client.send(
								HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
								HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
					catch (IOException | InterruptedException ex) {
						errors.incrementAndGet();
					}
					latencies[i] = System.nanoTime() - t0;
				}
				return null;
			}));
		}
		try {
			for (Future<?> future : futures) {
				future.get(limit.toSeconds(), TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new Result(latencies, System.nanoTime() - start, errors.get());
	}

	record Result(long[] latencies, long elapsedNanos, int errors) {

		double throughput() {
			return this.latencies.length / (this.elapsedNanos / 1e9);
		}

		double percentile(int p) {
			long[] sorted = this.latencies.clone();
			Arrays.sort(sorted);
			int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
			return sorted[Math.max(index, 0)] / 1e6;
		}

	}

}
