package tr.destek.board.web;

import java.util.List;

import org.springframework.stereotype.Component;

import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingService;
import tr.destek.board.SubjectLabel;
import tr.destek.board.SubjectLabels;

/** Assembles the Kurul Karar Formu page. */
@Component
class DecisionForms {

	private final DecisionService decisions;

	private final MeetingService meetings;

	private final SubjectLabels labels;

	private final BoardWeb web;

	DecisionForms(DecisionService decisions, MeetingService meetings, SubjectLabels labels, BoardWeb web) {
		this.decisions = decisions;
		this.meetings = meetings;
		this.labels = labels;
		this.web = web;
	}

	DecisionForm of(Long decisionId) {
		Decision decision = this.decisions.find(decisionId);
		Meeting meeting = this.meetings.find(decision.getMeetingId());
		// the members as recorded: who sat for the item, and on a registered form those
		// who
		// approved it (MADDE 12(9))
		List<Long> sitting = this.decisions.formMembers(decision);
		String reference = this.labels.of(decision.getSubjectRef())
			.map(SubjectLabel::reference)
			.orElseThrow(tr.destek.platform.NotFoundException::new);
		return new DecisionForm(decision, meeting, reference, sitting, this.web.names(sitting));
	}

}
