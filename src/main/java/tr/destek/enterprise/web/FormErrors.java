package tr.destek.enterprise.web;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;

/**
 * What the enterprise forms add to every form's binding ({@code GlobalControllerAdvice}
 * of the platform: {@code id} never bound, text trimmed, TL amounts in Turkish notation):
 * their messages are those of the {@code enterprise.} bundle, e.g. a value that cannot be
 * converted gets {@code enterprise.typeMismatch}. Refused rules go on the form through
 * {@code platform.web.RuleErrors}.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void configure(WebDataBinder binder) {
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("enterprise.");
		binder.setMessageCodesResolver(codes);
	}

}
