package tr.destek.kosgeb;

import java.util.List;

import tr.destek.platform.RuleException;

/**
 * MADDE 16(1): the application is sent only with the written commitment approved; the
 * applicant did not tick "I have read and approve".
 */
public class CommitmentNotApprovedException extends RuleException {

	public CommitmentNotApprovedException() {
		super("the written commitment (Taahhütname) was not approved",
				List.of(new Problem("approved", "kosgeb.commitment.approve.required")));
	}

}
