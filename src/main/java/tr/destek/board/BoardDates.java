package tr.destek.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import tr.destek.platform.DestekTime;

/** Dates and times in messages and notifications, as written in Türkiye. */
final class BoardDates {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private BoardDates() {
	}

	static String format(LocalDate date) {
		return DATE.format(date);
	}

	static String format(Instant instant) {
		return DATE_TIME.format(instant.atZone(DestekTime.ZONE));
	}

}
