package tr.destek.calendar;

import java.time.Instant;

/**
 * A standard processing time of agency staff (KOSGEB UE MADDE 18(15)): when it is due and
 * how it stands at a given moment. Acts after the due time stay valid; this only warns
 * and escalates.
 *
 * @param deadline the period as counted by MADDE 18(13)/(14)
 * @param due the instant the period ends
 * @param status on time, due soon or overdue at {@code asOf}
 * @param asOf the moment the status was judged
 */
public record SlaTimer(Deadline deadline, Instant due, SlaStatus status, Instant asOf) {

	/** Message key explaining the status, e.g. {@code calendar.sla.OVERDUE}. */
	public String messageKey() {
		return "calendar.sla." + this.status.name();
	}

}
