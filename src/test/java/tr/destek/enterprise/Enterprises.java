package tr.destek.enterprise;

import java.util.concurrent.ThreadLocalRandom;

/** Test data: tax numbers nobody else uses (the test database is shared by all tests). */
public final class Enterprises {

	private Enterprises() {
	}

	/** A random valid VKN. */
	public static String randomVkn() {
		while (true) {
			String first = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
			for (int check = 0; check < 10; check++) {
				if (TaxNumber.isValidVkn(first + check)) {
					return first + check;
				}
			}
		}
	}

	/** A random valid TCKN. */
	public static String randomTckn() {
		while (true) {
			String first = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000));
			for (int tail = 0; tail < 100; tail++) {
				String candidate = first + String.format("%02d", tail);
				if (TaxNumber.isValidTckn(candidate)) {
					return candidate;
				}
			}
		}
	}

}
