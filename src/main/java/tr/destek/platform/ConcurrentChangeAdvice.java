package tr.destek.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The last word on a page's change that lost a race (issue 9): two people, or two clicks,
 * did the same thing at the same instant and the database let only one through — a
 * version that moved on (optimistic lock), a row lock given up, or a unique constraint
 * that refused a second "exactly once" record. The user gets a 409 page that says nothing
 * was saved and to reload, never a 500. Each module answers its own expected races first
 * with its rule's message; this catches what they do not. The bank API has its JSON
 * counterpart, {@link ConcurrentChangeApiAdvice}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ConcurrentChangeAdvice {

	private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeAdvice.class);

	static final String VIEW = "error/409";

	@ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentChange(RuntimeException ex) {
		log.warn("A concurrent change was refused: {}", ex.getMessage());
		return VIEW;
	}

}
