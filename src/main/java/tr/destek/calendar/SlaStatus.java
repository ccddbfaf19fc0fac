package tr.destek.calendar;

/**
 * Where a staff processing time stands (KOSGEB UE MADDE 18(15)). Only a signal: acts
 * after the period remain valid, so nothing is ever blocked.
 */
public enum SlaStatus {

	ON_TIME, DUE_SOON, OVERDUE

}
