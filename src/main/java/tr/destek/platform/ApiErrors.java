package tr.destek.platform;

import java.util.List;

/**
 * The body of an HTTP 400 from a public API: {@code {"errors":[{"field": "...",
 * "message": "..."}]}}.
 */
public record ApiErrors(List<FieldMessage> errors) {

	public record FieldMessage(String field, String message) {
	}

	public static ApiErrors of(String field, String message) {
		return new ApiErrors(List.of(new FieldMessage(field, message)));
	}

}
