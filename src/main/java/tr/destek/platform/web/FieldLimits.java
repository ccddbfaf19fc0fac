package tr.destek.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import org.springframework.stereotype.Component;

/**
 * The length limit of a form field, read from its {@code @Size(max)} so the page states
 * it before the user submits ({@code maxlength} and a character counter, issue 10 point
 * 11); one source for the check and the hint. Used by the form fragments as
 * {@code @fieldLimits.max(form, 'field')}.
 */
@Component("fieldLimits")
public class FieldLimits {

	private final Validator validator;

	private final Map<String, Integer> cache = new ConcurrentHashMap<>();

	FieldLimits(Validator validator) {
		this.validator = validator;
	}

	/** The maximum length of {@code field} of {@code form}, or {@code null} when none. */
	public Integer max(Object form, String field) {
		if (form == null || field == null) {
			return null;
		}
		String key = form.getClass().getName() + "#" + field;
		int max = this.cache.computeIfAbsent(key, k -> lookUp(form.getClass(), field));
		return (max < 0) ? null : max;
	}

	private int lookUp(Class<?> type, String field) {
		PropertyDescriptor property = this.validator.getConstraintsForClass(type).getConstraintsForProperty(field);
		if (property == null) {
			return -1;
		}
		int max = -1;
		for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
			if (constraint.getAnnotation() instanceof Size size && size.max() < Integer.MAX_VALUE) {
				max = (max < 0) ? size.max() : Math.min(max, size.max());
			}
		}
		return max;
	}

}
