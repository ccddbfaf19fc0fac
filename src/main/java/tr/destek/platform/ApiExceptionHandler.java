package tr.destek.platform;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad input to a public API answers 400 with the fields at fault, never 500. Applies to
 * {@code @RestController}s only.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(0)
class ApiExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
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

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ApiErrors> invalid(InvalidInputException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.body(ApiErrors.of(ex.getField(),
					this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), LocaleContextHolder.getLocale())));
	}

}
