package tr.destek.enterprise.web;

import java.math.BigDecimal;

import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;

import tr.destek.enterprise.InvalidEnterpriseChangeException;
import tr.destek.enterprise.InvalidNaceCodeException;
import tr.destek.enterprise.InvalidTaxNumberException;

/** Shared binding set-up of the enterprise forms, and rule violations as field errors. */
final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Forms of this module: {@code id} is never bound; amounts accept Turkish notation;
	 * values that cannot be converted get the {@code enterprise.typeMismatch} message.
	 */
	static void configure(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
		binder.registerCustomEditor(BigDecimal.class, new tr.destek.platform.AmountText.Editor());
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("enterprise.");
		binder.setMessageCodesResolver(codes);
	}

	/** Adds an error on {@code field}, keeping what the user typed. */
	static void reject(BindingResult result, String field, String messageKey, Object... arguments) {
		Object rejected = result.getRawFieldValue(field);
		result.addError(new FieldError(result.getObjectName(), field, rejected, false, new String[] { messageKey },
				arguments, messageKey));
	}

	static void reject(BindingResult result, InvalidEnterpriseChangeException ex) {
		reject(result, ex.field(), ex.messageKey(), ex.arguments());
	}

	static void reject(BindingResult result, String field, InvalidTaxNumberException ex) {
		reject(result, field, ex.messageKey());
	}

	static void reject(BindingResult result, String field, InvalidNaceCodeException ex) {
		reject(result, field, ex.messageKey(), ex.code());
	}

	static void global(BindingResult result, String messageKey) {
		result.addError(new ObjectError(result.getObjectName(), new String[] { messageKey }, null, messageKey));
	}

}
