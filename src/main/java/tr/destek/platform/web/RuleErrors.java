package tr.destek.platform.web;

import java.util.function.UnaryOperator;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import tr.destek.platform.RuleException;

/**
 * Puts a refused rule ({@link RuleException}) on the form it refused, once for every
 * module: each problem next to its field with what the user typed kept, or, when the
 * problem names no field (or a field the form does not have), as an error of the whole
 * form, shown in the page's alert ({@code fragments/forms :: globalErrors}) and in the
 * error summary. The texts are resolved from the message key and arguments when the page
 * renders, in the reader's language.
 */
public final class RuleErrors {

	private RuleErrors() {
	}

	/** Each problem of the refusal next to its field, or for the whole form. */
	public static void reject(BindingResult result, RuleException ex) {
		reject(result, ex, UnaryOperator.identity());
	}

	/**
	 * The same, with the rule's field names mapped to the form's ({@code null}: the whole
	 * form).
	 */
	public static void reject(BindingResult result, RuleException ex, UnaryOperator<String> fields) {
		for (RuleException.Problem problem : ex.getProblems()) {
			String field = (problem.field() != null) ? fields.apply(problem.field()) : null;
			reject(result, field, problem.messageKey(), problem.arguments());
		}
	}

	/**
	 * A refusal of the rule next to {@code field} (or for the whole form when it is
	 * null).
	 */
	public static void reject(BindingResult result, String field, RuleException ex) {
		reject(result, field, ex.getMessageKey(), ex.getArguments());
	}

	/**
	 * An error on {@code field} keeping what the user typed; an error of the whole form
	 * when {@code field} is {@code null} or not a field of the form.
	 */
	public static void reject(BindingResult result, String field, String messageKey, Object... arguments) {
		if (field != null && hasField(result, field)) {
			result.addError(new FieldError(result.getObjectName(), field, result.getRawFieldValue(field), false,
					new String[] { messageKey }, arguments, messageKey));
		}
		else {
			result
				.addError(new ObjectError(result.getObjectName(), new String[] { messageKey }, arguments, messageKey));
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		Object target = result.getTarget();
		return target != null && new BeanWrapperImpl(target).isReadableProperty(field);
	}

}
