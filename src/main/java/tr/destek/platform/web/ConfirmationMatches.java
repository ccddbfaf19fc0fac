package tr.destek.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.beans.BeanWrapperImpl;

/**
 * A class-level rule of a form: a value typed twice (a new password and its confirmation)
 * must be the same. The error is shown next to the confirmation field. It says nothing
 * while the confirmation is empty (its own {@code @NotBlank} speaks then) or the first
 * value is missing.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConfirmationMatches.Validator.class)
public @interface ConfirmationMatches {

	/** The message key, in braces, e.g. {@code "{identity.password.mismatch}"}. */
	String message();

	/** The property typed first. */
	String field() default "password";

	/** The property that repeats it; the error is shown next to it. */
	String confirmation() default "passwordConfirmation";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link ConfirmationMatches}. */
	class Validator implements ConstraintValidator<ConfirmationMatches, Object> {

		private String field;

		private String confirmation;

		@Override
		public void initialize(ConfirmationMatches annotation) {
			this.field = annotation.field();
			this.confirmation = annotation.confirmation();
		}

		@Override
		public boolean isValid(Object form, ConstraintValidatorContext context) {
			if (form == null) {
				return true;
			}
			BeanWrapperImpl values = new BeanWrapperImpl(form);
			Object first = values.getPropertyValue(this.field);
			Object repeated = values.getPropertyValue(this.confirmation);
			if (first == null || repeated == null || repeated.toString().isBlank() || first.equals(repeated)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode(this.confirmation)
				.addConstraintViolation();
			return false;
		}

	}

}
