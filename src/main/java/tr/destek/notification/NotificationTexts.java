package tr.destek.notification;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a notification's message key and arguments into text in a given language:
 * {@code <key>.subject} and {@code <key>.body} from the caller's message bundle. The
 * arguments are kept as a JSON array: numbers stay numbers (so that {@code {0,number}}
 * formats them in the reader's notation), everything else becomes text.
 */
@Component
class NotificationTexts {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	String subject(Notification notification, Locale locale) {
		return text(notification.getMessageKey() + ".subject", notification.getArguments(), locale);
	}

	String body(Notification notification, Locale locale) {
		return text(notification.getMessageKey() + ".body", notification.getArguments(), locale);
	}

	String text(String key, String argumentsJson, Locale locale) {
		return this.messages.getMessage(key, fromJson(argumentsJson), key, locale);
	}

	static String toJson(Object[] arguments) {
		ArrayNode array = JSON.createArrayNode();
		if (arguments != null) {
			for (Object argument : arguments) {
				if (argument == null) {
					array.add("");
				}
				else if (argument instanceof BigDecimal decimal) {
					array.add(decimal);
				}
				else if (argument instanceof BigInteger integer) {
					array.add(integer);
				}
				else if (argument instanceof Long || argument instanceof Integer || argument instanceof Short
						|| argument instanceof Byte) {
					array.add(((Number) argument).longValue());
				}
				else if (argument instanceof Number number) {
					array.add(new BigDecimal(number.toString()));
				}
				else {
					array.add(String.valueOf(argument));
				}
			}
		}
		return JSON.writeValueAsString(array);
	}

	static Object[] fromJson(String json) {
		if (json == null || json.isBlank()) {
			return new Object[0];
		}
		try {
			JsonNode array = JSON.readTree(json);
			List<Object> values = new ArrayList<>();
			for (JsonNode node : array) {
				if (node.isIntegralNumber()) {
					values.add(node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue());
				}
				else if (node.isNumber()) {
					values.add(node.decimalValue());
				}
				else {
					values.add(node.asString());
				}
			}
			return values.toArray();
		}
		catch (JacksonException ex) {
			return new Object[0];
		}
	}

}
