package tr.destek.payment.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.document.DocumentRejectedException;
import tr.destek.payment.PaymentRuleException;
import tr.destek.platform.web.RuleErrors;

/**
 * Shared web plumbing of the payment pages: rule violations as field or page errors
 * (through {@link RuleErrors}; the binder is the platform's), and the one place that
 * turns a refused action into a clear message (never a 500). What differs from the
 * platform: a refusal's date arguments are shown {@code dd.MM.yyyy} and a state argument
 * by its text.
 */
@Component
class PaymentWeb {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MessageSource messages;

	PaymentWeb(MessageSource messages) {
		this.messages = messages;
	}

	String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale());
	}

	String message(PaymentRuleException ex) {
		return this.messages.getMessage(resolvable(ex.getMessageKey(), arguments(ex)), locale());
	}

	/**
	 * The arguments of a payment refusal as its texts show them: a date as
	 * {@code dd.MM.yyyy}, and a state named by its message key in the reader's language.
	 */
	private static Object[] arguments(PaymentRuleException ex) {
		Object[] arguments = Arrays.stream(ex.getArguments())
			.map(a -> (a instanceof LocalDate date) ? date.format(DAY) : a)
			.toArray();
		if (("payment.request.illegal-transition".equals(ex.getMessageKey())
				|| "payment.invoice.not-editable".equals(ex.getMessageKey())) && arguments.length == 1) {
			arguments = new Object[] { resolvable(String.valueOf(arguments[0])) };
		}
		return arguments;
	}

	private static MessageSourceResolvable resolvable(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments, key);
	}

	/**
	 * Puts a refused action on the form ({@link RuleErrors}): next to its field when it
	 * has one and the form has that field (a rejected document next to {@code file}),
	 * otherwise as an error of the whole form.
	 */
	void reject(BindingResult result, RuntimeException ex) {
		if (ex instanceof PaymentRuleException rule) {
			RuleErrors.reject(result, rule.getField(), rule.getMessageKey(), arguments(rule));
		}
		else if (ex instanceof DocumentRejectedException rejected) {
			RuleErrors.reject(result, "file", rejected);
		}
		else if (ex instanceof OptimisticLockingFailureException) {
			RuleErrors.reject(result, null, "payment.conflict");
		}
		else {
			throw ex;
		}
	}

	/** Runs an action after which the page redirects; a refusal becomes a flash error. */
	void act(RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccessKey", successKey);
		}
		catch (PaymentRuleException ex) {
			redirect.addFlashAttribute("flashError", message(ex));
		}
		catch (DocumentRejectedException ex) {
			redirect.addFlashAttribute("flashError", message(ex.messageKey(), ex.arguments()));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashErrorKey", "payment.conflict");
		}
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
