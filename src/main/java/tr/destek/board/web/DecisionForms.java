package tr.destek.board.web;

import java.util.List;

import org.springframework.stereotype.Component;

import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingService;
import tr.destek.kosgeb.KosgebApplicationService;

/** Assembles the Kurul Karar Formu page. */
@Component
class DecisionForms {

	private final DecisionService decisions;

	private final MeetingService meetings;

	private final KosgebApplicationService applications;

	private final BoardWeb web;

	DecisionForms(DecisionService decisions, MeetingService meetings, KosgebApplicationService applications,
			BoardWeb web) {
		this.decisions = decisions;
		this.meetings = meetings;
		this.applications = applications;
		this.web = web;
	}

	DecisionForm of(Long decisionId) {
		Decision decision = this.decisions.find(decisionId);
		Meeting meeting = this.meetings.find(decision.getMeetingId());
		// the members as recorded: who sat for the item, and on a registered form those
		// who
		// approved it (MADDE 12(9))
		List<Long> sitting = this.decisions.formMembers(decision);
		return new DecisionForm(decision, meeting, this.applications.find(decision.getApplicationId()).getReference(),
				sitting, this.web.names(sitting));
	}

}
