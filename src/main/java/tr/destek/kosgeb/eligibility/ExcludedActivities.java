package tr.destek.kosgeb.eligibility;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The EBRD excluded sectors and activities (TAB.34.00.03, MADDE 7(5)) as shipped in
 * {@code classpath:kosgeb/ebrd-excluded-activities.csv}: the table's rows in its wording,
 * each with the NACE codes it maps to. A code maps to at most one row.
 */
public final class ExcludedActivities {

	public static final String RESOURCE = "kosgeb/ebrd-excluded-activities.csv";

	private final List<ExcludedActivity> activities;

	ExcludedActivities(List<ExcludedActivity> activities) {
		this.activities = List.copyOf(activities);
		Map<String, Integer> owner = new HashMap<>();
		for (ExcludedActivity activity : this.activities) {
			for (String code : concat(activity.excludedCodes(), activity.reviewCodes())) {
				Integer previous = owner.put(code, activity.number());
				if (previous != null) {
					throw new IllegalStateException("NACE code " + code + " is mapped to rows " + previous + " and "
							+ activity.number() + " of TAB.34.00.03");
				}
			}
		}
	}

	/** Reads the table from the classpath. */
	public static ExcludedActivities load() {
		try (InputStream in = ExcludedActivities.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Lines {@code number;excluded codes;review codes;wording}, codes separated by
	 * spaces; {@code #} starts a comment line; the first other line is the header.
	 */
	static ExcludedActivities parse(List<String> lines) {
		List<ExcludedActivity> rows = new ArrayList<>();
		boolean header = true;
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] cells = line.split(";", -1);
			if (cells.length != 4) {
				throw new IllegalStateException("expected 4 cells in " + RESOURCE + ": " + line);
			}
			rows.add(new ExcludedActivity(Integer.parseInt(cells[0].strip()), codes(cells[1]), codes(cells[2]),
					cells[3].strip()));
		}
		return new ExcludedActivities(rows);
	}

	public List<ExcludedActivity> all() {
		return this.activities;
	}

	/** The row whose excluded codes cover {@code code}, e.g. 12.00 by 12. */
	Optional<ExcludedActivity> excluding(String code) {
		return this.activities.stream()
			.filter((activity) -> activity.excludedCodes().stream().anyMatch((listed) -> covers(listed, code)))
			.findFirst();
	}

	/**
	 * The row that may concern {@code code}: its review codes cover it, or the code is
	 * less precise than a listed code (division 25 may be 25.40, weapons).
	 */
	Optional<ExcludedActivity> possiblyConcerning(String code) {
		return this.activities.stream()
			.filter((activity) -> activity.reviewCodes().stream().anyMatch((listed) -> covers(listed, code))
					|| concat(activity.excludedCodes(), activity.reviewCodes()).stream()
						.anyMatch((listed) -> lessPrecise(code, listed)))
			.findFirst();
	}

	/** Whether listed code {@code listed} (e.g. 25.40) covers {@code code} (25.40.01). */
	static boolean covers(String listed, String code) {
		return code.equals(listed) || code.startsWith(listed + ".");
	}

	/** Whether {@code code} (e.g. 25 or 25.4) is a broader code that contains listed. */
	static boolean lessPrecise(String code, String listed) {
		return listed.length() > code.length() && listed.startsWith(code);
	}

	private static List<String> codes(String cell) {
		String trimmed = cell.strip();
		return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
