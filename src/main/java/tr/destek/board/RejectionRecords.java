package tr.destek.board;

import java.util.List;

/**
 * The records of the board meeting that rejected an application, as the appeal commission
 * may watch them (MADDE 13(13)): the meeting, its registered Kurul Karar Formu (outcome,
 * reasons, approvals) and the members who sat for the item.
 */
public record RejectionRecords(Meeting meeting, AgendaItem item, Decision decision, List<Long> sittingMembers) {
}
