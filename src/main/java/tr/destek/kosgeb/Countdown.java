package tr.destek.kosgeb;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import tr.destek.platform.DestekTime;

/**
 * Time left until a deadline, for the applicant's countdown: whole days and hours left,
 * and the last moment ("son gün") in Europe/Istanbul.
 *
 * @param end the stored deadline
 * @param endLocal the same moment in Europe/Istanbul
 * @param days whole days left
 * @param hours hours left beyond the whole days
 * @param over whether the deadline has passed
 */
public record Countdown(Instant end, ZonedDateTime endLocal, long days, long hours, boolean over) {

	public static Countdown until(Instant end, Instant now) {
		Duration left = Duration.between(now, end);
		boolean over = left.isNegative() || left.isZero();
		long days = over ? 0 : left.toDays();
		long hours = over ? 0 : left.minusDays(days).toHours();
		return new Countdown(end, end.atZone(DestekTime.ZONE), days, hours, over);
	}

}
