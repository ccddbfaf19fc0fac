package tr.destek.kosgeb;

import java.time.Instant;

/**
 * One line of an application's history as the applicant sees it: when, who (a colleague
 * by e-mail, or only "KOSGEB" / "system" for staff and jobs) and what, by its message key
 * {@code kosgeb.timeline.action.<action>}; never the staff's internal notes or the
 * before/after states.
 *
 * @param at when it happened
 * @param actorKind {@code APPLICANT}, {@code STAFF} or {@code SYSTEM}
 * @param actor the applicant user's e-mail, {@code null} for staff and the system
 * @param action the audited action, e.g. {@code KOSGEB_APPLICATION_SUBMITTED}
 */
public record TimelineEntry(Instant at, String actorKind, String actor, String action) {
}
