package tr.destek.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The JSON counterpart of {@link ConcurrentChangeAdvice} for the APIs: a change that lost
 * a race answers 409 with a message, never a 500.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ConcurrentChangeApiAdvice {

	private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeApiAdvice.class);

	private final MessageSource messages;

	ConcurrentChangeApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
	ResponseEntity<ApiErrors> concurrentChange(RuntimeException ex) {
		log.warn("A concurrent change was refused: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ApiErrors.of("request",
					this.messages.getMessage("error.409.text", null, LocaleContextHolder.getLocale())));
	}

}
