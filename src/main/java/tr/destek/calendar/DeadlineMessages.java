package tr.destek.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link Deadline}'s explanation and its dates in the reader's language. Used
 * in templates as {@code ${@deadlineMessages.reason(deadline)}}.
 */
@Component("deadlineMessages")
public class DeadlineMessages {

	private static final DateTimeFormatter TURKISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy EEEE",
			Locale.forLanguageTag("tr-TR"));

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
			Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	private final MessageSource messages;

	DeadlineMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The whole explanation, in the current request's language. */
	public String reason(Deadline deadline) {
		return reason(deadline, LocaleContextHolder.getLocale());
	}

	/** The whole explanation, sentence after sentence, each citing its article. */
	public String reason(Deadline deadline, Locale locale) {
		return deadline.reasons().stream().map(r -> sentence(r, locale)).collect(Collectors.joining(" "));
	}

	public String sentence(DeadlineReason reason, Locale locale) {
		Object[] args = reason.args().stream().map(arg -> render(arg, locale)).toArray();
		return this.messages.getMessage(reason.code(), args, locale);
	}

	/** A date as people read it: "17 Mart 2026 Salı" / "Tuesday, 17 March 2026". */
	public String date(LocalDate date) {
		return date(date, LocaleContextHolder.getLocale());
	}

	public static String date(LocalDate date, Locale locale) {
		return (isEnglish(locale) ? ENGLISH_DATE : TURKISH_DATE).format(date);
	}

	/** A holiday's name in the current request's language. */
	public String name(Holiday holiday) {
		return holiday.name(LocaleContextHolder.getLocale());
	}

	private static Object render(Object arg, Locale locale) {
		if (arg instanceof LocalDate date) {
			return date(date, locale);
		}
		if (arg instanceof LocalTime time) {
			return TIME.format(time);
		}
		if (arg instanceof Holiday holiday) {
			return holiday.name(locale);
		}
		return arg;
	}

	private static boolean isEnglish(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
