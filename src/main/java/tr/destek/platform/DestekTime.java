package tr.destek.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** All times in the product are in Europe/Istanbul (deadlines.md item 7). */
public final class DestekTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");

	private DestekTime() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

}
