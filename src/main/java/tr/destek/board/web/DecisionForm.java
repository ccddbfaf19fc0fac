package tr.destek.board.web;

import java.util.List;
import java.util.Map;

import tr.destek.board.Decision;
import tr.destek.board.Meeting;

/**
 * What the Kurul Karar Formu (FRM.34.00.05) page shows: the decision with its meeting,
 * the application's reference and the members who sat for the item with their approvals.
 */
record DecisionForm(Decision decision, Meeting meeting, String applicationReference, List<Long> sitting,
		Map<Long, String> names) {

}
