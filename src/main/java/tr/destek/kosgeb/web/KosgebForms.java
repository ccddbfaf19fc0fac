package tr.destek.kosgeb.web;

import java.math.BigDecimal;

import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * Shared binding set-up of the applicant's forms, and rule violations as field errors.
 */
final class KosgebForms {

	private KosgebForms() {
	}

	/**
	 * {@code id} is never bound; amounts accept Turkish notation; values that cannot be
	 * converted get the {@code kosgeb.typeMismatch} messages.
	 */
	static void configure(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
		binder.registerCustomEditor(BigDecimal.class, new tr.destek.platform.AmountText.Editor());
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("kosgeb.");
		binder.setMessageCodesResolver(codes);
	}

	/** Adds an error on {@code field}, keeping what the user typed. */
	static void reject(BindingResult result, String field, String messageKey, Object... arguments) {
		Object rejected = result.getRawFieldValue(field);
		result.addError(new FieldError(result.getObjectName(), field, rejected, false, new String[] { messageKey },
				arguments, messageKey));
	}

}
