package tr.destek.payment.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.document.DocumentRejectedException;
import tr.destek.payment.PaymentRuleException;
import tr.destek.platform.AmountText;

/**
 * Shared web plumbing of the payment pages: binder set-up, rule violations as field or
 * page errors, and the one place that turns a refused action into a clear message (never
 * a 500).
 */
@Component
class PaymentWeb {

	private final MessageSource messages;

	PaymentWeb(MessageSource messages) {
		this.messages = messages;
	}

	static void configure(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
		binder.registerCustomEditor(BigDecimal.class, new AmountText.Editor());
	}

	String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale());
	}

	String message(PaymentRuleException ex) {
		Object[] arguments = java.util.Arrays.stream(ex.getArguments())
			.map(a -> (a instanceof java.time.LocalDate date)
					? date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) : a)
			.toArray();
		if (("payment.request.illegal-transition".equals(ex.getMessageKey())
				|| "payment.invoice.not-editable".equals(ex.getMessageKey())) && arguments.length == 1) {
			arguments = new Object[] { message(String.valueOf(arguments[0])) };
		}
		return message(ex.getMessageKey(), arguments);
	}

	/**
	 * Puts a refused action on the form: next to its field when it has one and the form
	 * has that field, otherwise as a global error.
	 */
	void reject(BindingResult result, RuntimeException ex) {
		String text;
		String field = null;
		if (ex instanceof PaymentRuleException rule) {
			text = message(rule);
			field = rule.getField();
		}
		else if (ex instanceof DocumentRejectedException rejected) {
			text = message(rejected.messageKey(), rejected.arguments());
			field = "file";
		}
		else if (ex instanceof OptimisticLockingFailureException) {
			text = message("payment.conflict");
		}
		else {
			throw ex;
		}
		if (field != null && hasField(result, field)) {
			result.addError(new FieldError(result.getObjectName(), field, result.getRawFieldValue(field), false, null,
					null, text));
		}
		else {
			result.reject("payment.refused", text);
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		try {
			result.getFieldType(field);
			return result.getTarget() != null
					&& new org.springframework.beans.BeanWrapperImpl(result.getTarget()).isReadableProperty(field);
		}
		catch (RuntimeException ex) {
			return false;
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
