package tr.destek.board.web;

import java.util.List;
import java.util.Map;

import tr.destek.appeal.Appeal;
import tr.destek.board.AppealDecision;
import tr.destek.board.Meeting;

/**
 * What the İtiraz Karar Formu (FRM.34.00.07) shows: the decision with its meeting, the
 * appeal and the application's reference, and the members who sat for the item with their
 * approvals.
 */
record AppealDecisionForm(AppealDecision decision, Meeting meeting, Appeal appeal, String applicationReference,
		List<Long> sitting, Map<Long, String> names) {

}
