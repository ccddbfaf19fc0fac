/**
 * Appeal (İtiraz): the shared, programme-neutral appeal mechanism. A programme's decision
 * is appealed once, within a window computed by the calendar ({@link AppealWindow}, the
 * one owner of that rule); the unit adds its opinion and forwards it; a deciding body
 * (for KOSGEB the appeal commission, a board body) decides; the outcome goes back to the
 * programme as an {@link AppealDecided} event. The appeal knows its subject only as
 * (source, subject id) and a few neutral values; what it needs from the programme comes
 * through the {@link AppealSubjects} port. It never imports a programme module.
 * <p>
 * Publishes {@link AppealFiled}, {@link AppealForwarded}, {@link AppealPutOnAgenda},
 * {@link AppealDecided}, {@link AppealForwardingOverdue}.
 */
package tr.destek.appeal;
