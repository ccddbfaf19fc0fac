package tr.destek.board;

import org.springframework.security.access.AccessDeniedException;

/**
 * A member asked for a file of a meeting before e-signing its confidentiality commitment
 * (FRM.34.00.04); the member pages send him to the commitment instead.
 */
public class CommitmentNotSignedException extends AccessDeniedException {

	public CommitmentNotSignedException() {
		super("the Gizlilik ve Tarafsızlık Taahhütnamesi of this meeting is not signed");
	}

}
