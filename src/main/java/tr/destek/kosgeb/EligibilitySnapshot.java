package tr.destek.kosgeb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The eligibility result frozen at submission (MADDE 7), as the applicant side stored it
 * in {@code kosgeb_application.eligibility_snapshot}: a JSON array of objects with
 * {@code ruleId}, {@code article}, {@code outcome} (PASS / FAIL / NEEDS_REVIEW),
 * {@code text} (the explanation, rendered in Turkish at submission) and {@code remedy}.
 * Read defensively: unknown fields are ignored, missing ones are empty, and text that is
 * not such an array is kept as it is ({@link #raw()}) so staff still see it.
 *
 * @param entries the rules, in stored order
 * @param raw the stored text when it could not be read as entries, else {@code null}
 */
public record EligibilitySnapshot(List<Entry> entries, String raw) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public EligibilitySnapshot {
		entries = List.copyOf(entries);
	}

	public static EligibilitySnapshot parse(String stored) {
		if (stored == null || stored.isBlank()) {
			return new EligibilitySnapshot(List.of(), null);
		}
		try {
			JsonNode root = JSON.readTree(stored);
			JsonNode array = root.isArray() ? root : root.path("rules");
			if (!array.isArray()) {
				return new EligibilitySnapshot(List.of(), stored);
			}
			List<Entry> entries = new ArrayList<>();
			for (JsonNode node : array) {
				if (node.isObject()) {
					entries.add(new Entry(text(node, "ruleId"), text(node, "article"), text(node, "outcome"),
							text(node, "text"), text(node, "remedy")));
				}
			}
			return new EligibilitySnapshot(entries, null);
		}
		catch (JacksonException ex) {
			return new EligibilitySnapshot(List.of(), stored);
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		String text = value.isString() ? value.stringValue() : value.toString();
		return text.isBlank() ? null : text;
	}

	public Optional<Entry> entry(String ruleId) {
		return this.entries.stream().filter(e -> ruleId.equals(e.ruleId())).findFirst();
	}

	/** One rule as frozen at submission. */
	public record Entry(String ruleId, String article, String outcome, String text, String remedy) {

		/** Bootstrap badge class for the outcome. */
		public String badge() {
			if ("PASS".equals(this.outcome)) {
				return "text-bg-success";
			}
			if ("FAIL".equals(this.outcome)) {
				return "text-bg-danger";
			}
			return "text-bg-warning";
		}

		/** Message key of the outcome; unknown outcomes show as needing review. */
		public String outcomeKey() {
			if ("PASS".equals(this.outcome) || "FAIL".equals(this.outcome)) {
				return "kosgeb-control.outcome." + this.outcome;
			}
			return "kosgeb-control.outcome.NEEDS_REVIEW";
		}

	}

}
