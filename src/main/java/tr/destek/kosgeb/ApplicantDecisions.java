package tr.destek.kosgeb;

import java.util.List;

/**
 * The registered board decisions on an application, for its applicant's page; read from
 * the board's API by {@link KosgebApplicantBoardDecisions} (the programme stands on the
 * board, never the other way round: issue 11 point 1).
 */
public interface ApplicantDecisions {

	/** Registered decisions, oldest first; never votes or scores of single members. */
	List<ApplicantDecision> registeredFor(Long applicationId);

}
