package tr.destek.platform;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The JSON APIs' one controller advice (the pages have theirs,
 * {@code platform.web.GlobalControllerAdvice}); applies to {@code @RestController}s only.
 * Bad input answers 400 with the fields at fault, a refused rule ({@link RuleException})
 * 400 with each problem under its field ({@code request} for the whole request), and a
 * change that lost a race 409 with a message — never a 500. A module may answer its own
 * API's errors first (the bank API: {@code loan.web.BankApiExceptionHandler}).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(0)
class ApiControllerAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiControllerAdvice.class);

	/** The field of a problem of the whole request. */
	static final String REQUEST = "request";

	private final MessageSource messages;

	ApiControllerAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ApiErrors> bind(BindException ex) {
		List<ApiErrors.FieldMessage> errors = new ArrayList<>();
		for (FieldError error : ex.getFieldErrors()) {
			String message = error.isBindingFailure()
					? this.messages.getMessage("api.error.invalid-value", new Object[] { error.getRejectedValue() },
							LocaleContextHolder.getLocale())
					: this.messages.getMessage(error, LocaleContextHolder.getLocale());
			errors.add(new ApiErrors.FieldMessage(error.getField(), message));
		}
		ex.getGlobalErrors()
			.forEach(error -> errors.add(new ApiErrors.FieldMessage(error.getObjectName(),
					this.messages.getMessage(error, LocaleContextHolder.getLocale()))));
		return ResponseEntity.badRequest().body(new ApiErrors(errors));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiErrors> missing(MissingServletRequestParameterException ex) {
		return ResponseEntity.badRequest()
			.body(ApiErrors.of(ex.getParameterName(),
					this.messages.getMessage("api.error.required", null, LocaleContextHolder.getLocale())));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiErrors> mismatch(MethodArgumentTypeMismatchException ex) {
		return ResponseEntity.badRequest()
			.body(ApiErrors.of(ex.getName(), this.messages.getMessage("api.error.invalid-value",
					new Object[] { ex.getValue() }, LocaleContextHolder.getLocale())));
	}

	@ExceptionHandler(RuleException.class)
	ResponseEntity<ApiErrors> refused(RuleException ex) {
		List<ApiErrors.FieldMessage> errors = ex.getProblems()
			.stream()
			.map(p -> new ApiErrors.FieldMessage((p.field() != null) ? p.field() : REQUEST,
					this.messages.getMessage(p.messageKey(), p.arguments(), LocaleContextHolder.getLocale())))
			.toList();
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ApiErrors(errors));
	}

	@ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
	ResponseEntity<ApiErrors> concurrentChange(RuntimeException ex) {
		log.warn("A concurrent change was refused: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ApiErrors.of(REQUEST,
					this.messages.getMessage("error.409.text", null, LocaleContextHolder.getLocale())));
	}

}
