package tr.destek.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A password the hash accepts: at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt reads
 * no more, and refuses longer input). Counted in bytes, not characters: "ş" is 2 bytes,
 * so 40 × "ş" (80 bytes) is refused although it has only 40 characters. Put it on every
 * form field where a password is set.
 */
@Documented
@Constraint(validatedBy = PasswordFitsHash.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface PasswordFitsHash {

	/** The longest password bcrypt hashes, in UTF-8 bytes. */
	int MAX_BYTES = 72;

	String message() default "{identity.password.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the UTF-8 length. */
	class Validator implements ConstraintValidator<PasswordFitsHash, String> {

		/** Whether a raw password fits; {@code null} is left to {@code @NotBlank}. */
		public static boolean fits(String password) {
			return password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return fits(value);
		}

	}

}
