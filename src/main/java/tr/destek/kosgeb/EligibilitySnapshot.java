package tr.destek.kosgeb;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import tr.destek.kosgeb.eligibility.EligibilityReport;
import tr.destek.kosgeb.eligibility.Outcome;
import tr.destek.kosgeb.eligibility.RuleResult;

/**
 * The eligibility evaluation frozen at submission (MADDE 7, judged on the application
 * date) as JSON: per rule its id, article, outcome, message and remedy keys and the data
 * it used. Reading it back gives the same {@link EligibilityReport}, so the checklist is
 * shown in the reader's language exactly as it was judged, whatever the rules or
 * parameters say later.
 */
public final class EligibilitySnapshot {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EligibilitySnapshot() {
	}

	public static String write(EligibilityReport report) {
		ObjectNode root = JSON.createObjectNode();
		root.put("evaluatedFor", report.evaluatedFor().toString());
		ArrayNode results = root.putArray("results");
		for (RuleResult result : report.results()) {
			ObjectNode node = results.addObject();
			node.put("ruleId", result.ruleId());
			node.put("article", result.article());
			node.put("outcome", result.outcome().name());
			node.put("messageKey", result.messageKey());
			node.put("remedyKey", result.remedyKey());
			ArrayNode arguments = node.putArray("arguments");
			for (Object argument : result.arguments()) {
				ObjectNode arg = arguments.addObject();
				if (argument instanceof BigDecimal amount) {
					arg.put("amount", amount.toPlainString());
				}
				else if (argument instanceof Integer || argument instanceof Long) {
					arg.put("integer", ((Number) argument).longValue());
				}
				else if (argument instanceof MessageSourceResolvable term) {
					ArrayNode codes = arg.putArray("codes");
					for (String code : (term.getCodes() != null) ? term.getCodes() : new String[0]) {
						codes.add(code);
					}
					arg.put("default", term.getDefaultMessage());
				}
				else {
					arg.put("text", (argument != null) ? argument.toString() : "");
				}
			}
		}
		return JSON.writeValueAsString(root);
	}

	public static EligibilityReport read(String json) {
		JsonNode root = JSON.readTree(json);
		List<RuleResult> results = new ArrayList<>();
		for (JsonNode node : root.get("results")) {
			List<Object> arguments = new ArrayList<>();
			for (JsonNode arg : node.get("arguments")) {
				if (arg.has("amount")) {
					arguments.add(new BigDecimal(arg.get("amount").asString()));
				}
				else if (arg.has("integer")) {
					long value = arg.get("integer").asLong();
					arguments.add((value == (int) value) ? (Object) (int) value : (Object) value);
				}
				else if (arg.has("codes")) {
					List<String> codes = new ArrayList<>();
					arg.get("codes").forEach(code -> codes.add(code.asString()));
					JsonNode fallback = arg.get("default");
					arguments.add(new DefaultMessageSourceResolvable(codes.toArray(String[]::new),
							(fallback == null || fallback.isNull()) ? null : fallback.asString()));
				}
				else {
					arguments.add(arg.get("text").asString());
				}
			}
			JsonNode remedy = node.get("remedyKey");
			results.add(new RuleResult(node.get("ruleId").asString(), node.get("article").asString(),
					Outcome.valueOf(node.get("outcome").asString()), node.get("messageKey").asString(), arguments,
					(remedy == null || remedy.isNull()) ? null : remedy.asString()));
		}
		return new EligibilityReport(LocalDate.parse(root.get("evaluatedFor").asString()), results);
	}

}
