package tr.destek.loan.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import tr.destek.document.DocumentRejectedException;
import tr.destek.loan.LoanRuleException;
import tr.destek.platform.ApiErrors;
import tr.destek.platform.NotFoundException;

/**
 * The bank API's errors as JSON: refused rules and bad bodies 400 with the fields at
 * fault, another bank's or unknown records 404, lost updates 409.
 */
@RestControllerAdvice(assignableTypes = BankApiController.class)
@Order(-1)
class BankApiExceptionHandler {

	static final String FORM = "loan";

	private final MessageSource messages;

	BankApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(LoanRuleException.class)
	ResponseEntity<ApiErrors> rule(LoanRuleException ex) {
		List<ApiErrors.FieldMessage> errors = ex.getProblems()
			.stream()
			.map(p -> new ApiErrors.FieldMessage((p.field() != null) ? p.field() : FORM,
					message(p.messageKey(), p.arguments())))
			.toList();
		HttpStatus status = ex.hasKey("loan.error.conflict") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status).body(new ApiErrors(errors));
	}

	@ExceptionHandler(DocumentRejectedException.class)
	ResponseEntity<ApiErrors> document(DocumentRejectedException ex) {
		return ResponseEntity.badRequest().body(ApiErrors.of("file", message(ex.messageKey(), ex.arguments())));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ApiErrors> missingPart(MissingServletRequestPartException ex) {
		return ResponseEntity.badRequest()
			.body(ApiErrors.of(ex.getRequestPartName(), message("loan.error.required", new Object[0])));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException ex) {
		return ResponseEntity.badRequest().body(ApiErrors.of("body", message("loan.api.error.body", new Object[0])));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiErrors> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ApiErrors.of(FORM, message("loan.api.error.notFound", new Object[0])));
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ApiErrors> conflict(ObjectOptimisticLockingFailureException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ApiErrors.of(FORM, message("loan.error.conflict", new Object[0])));
	}

	private String message(String key, Object[] args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
