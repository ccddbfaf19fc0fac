package tr.destek.board;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.kosgeb.ApplicantDecision;
import tr.destek.kosgeb.ApplicantDecisions;
import tr.destek.kosgeb.BoardOutcome;

/**
 * The applicant's view of the registered decisions (MADDE 12(9),(10), 10(5)): what is on
 * the Kurul Karar Formu, and nothing of the single members' votes, scores or reasons
 * beyond the decision's own reasons (MADDE 12(11)).
 */
@Component
class BoardApplicantDecisions implements ApplicantDecisions {

	private final DecisionRepository decisions;

	BoardApplicantDecisions(DecisionRepository decisions) {
		this.decisions = decisions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApplicantDecision> registeredFor(Long applicationId) {
		return this.decisions.findRegisteredWithItems(applicationId)
			.stream()
			.map(d -> new ApplicantDecision(d.getId(), Decision.FORM_CODE, BoardOutcome.valueOf(d.getOutcome().name()),
					d.getRegistryNumber(), d.getRegistryDate(),
					d.getItems()
						.stream()
						.map(i -> new ApplicantDecision.Item(i.getPosition(), i.getDescription(), i.getRequested(),
								i.getAccepted()))
						.toList(),
					d.getSupportBase(), d.reasonLines(), d.getAppealLastDay(), d.getCorrectionDeadline(),
					"/kosgeb/application/decisions/" + d.getId() + "/pdf"))
			.toList();
	}

}
