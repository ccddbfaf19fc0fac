package tr.destek.kosgeb.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;

import tr.destek.platform.web.RuleErrors;

/**
 * What the applicant's forms add to every form's binding ({@code GlobalControllerAdvice}
 * of the platform: {@code id} never bound, text trimmed, TL amounts in Turkish notation):
 * values that cannot be converted get the {@code kosgeb.typeMismatch} messages.
 */
final class KosgebForms {

	private KosgebForms() {
	}

	static void configure(WebDataBinder binder) {
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("kosgeb.");
		binder.setMessageCodesResolver(codes);
	}

	/** Adds an error on {@code field}, keeping what the user typed. */
	static void reject(BindingResult result, String field, String messageKey, Object... arguments) {
		RuleErrors.reject(result, field, messageKey, arguments);
	}

}
