package tr.destek.kosgeb;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.board.SubjectRef;

/**
 * The applicant's view of the registered board decisions on a KOSGEB application (MADDE
 * 12(9),(10), 10(5)): what is on the Kurul Karar Formu, and nothing of the single
 * members' votes, scores or reasons beyond the decision's own reasons (MADDE 12(11)).
 * Read from the board's API (kosgeb stands on board, issue 11 point 1).
 */
@Component
class KosgebApplicantBoardDecisions implements ApplicantDecisions {

	private final DecisionService decisions;

	KosgebApplicantBoardDecisions(DecisionService decisions) {
		this.decisions = decisions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApplicantDecision> registeredFor(Long applicationId) {
		return this.decisions.registeredFor(new SubjectRef(KosgebAgendaSubjects.SOURCE, applicationId))
			.stream()
			.map(KosgebApplicantBoardDecisions::toApplicant)
			.toList();
	}

	private static ApplicantDecision toApplicant(Decision d) {
		return new ApplicantDecision(d.getId(), Decision.FORM_CODE, BoardOutcome.valueOf(d.getOutcome().name()),
				d.getRegistryNumber(), d.getRegistryDate(),
				d.getItems()
					.stream()
					.map(i -> new ApplicantDecision.Item(i.getPosition(), i.getDescription(), i.getRequested(),
							i.getAccepted()))
					.toList(),
				d.getSupportBase(), d.reasonLines(), d.getAppealLastDay(), d.getCorrectionDeadline(),
				"/kosgeb/application/decisions/" + d.getId() + "/pdf");
	}

}
