package tr.destek.kosgeb;

/**
 * MADDE 16(1): the application is sent only with the written commitment approved; the
 * applicant did not tick "I have read and approve".
 */
public class CommitmentNotApprovedException extends RuntimeException {

	public CommitmentNotApprovedException() {
		super("the written commitment (Taahhütname) was not approved");
	}

}
