package tr.destek.kosgeb;

import java.util.List;

/**
 * The registered board decisions on an application, for its applicant's page. The board
 * module provides it (the board depends on applications, never the other way round).
 */
public interface ApplicantDecisions {

	/** Registered decisions, oldest first; never votes or scores of single members. */
	List<ApplicantDecision> registeredFor(Long applicationId);

}
