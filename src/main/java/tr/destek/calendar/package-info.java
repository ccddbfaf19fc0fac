/**
 * Calendar: Türkiye's official holidays (editable by an admin) and the one way every
 * module computes a time limit — {@link tr.destek.calendar.DeadlineCalendar}, after
 * KOSGEB UE MADDE 18(13), (14) and (15).
 */
package tr.destek.calendar;
