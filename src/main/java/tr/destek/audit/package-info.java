/**
 * Audit: the append-only record of every state change (who, when, what, before and
 * after), visible to admin. The database refuses UPDATE and DELETE on it.
 */
package tr.destek.audit;
