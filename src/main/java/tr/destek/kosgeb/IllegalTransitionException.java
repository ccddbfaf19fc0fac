package tr.destek.kosgeb;

/** An action the application's current state does not allow (e.g. submitting twice). */
public class IllegalTransitionException extends RuntimeException {

	private final ApplicationStatus status;

	private final String action;

	public IllegalTransitionException(ApplicationStatus status, String action) {
		super("cannot " + action + " an application in status " + status);
		this.status = status;
		this.action = action;
	}

	public ApplicationStatus getStatus() {
		return this.status;
	}

	public String getAction() {
		return this.action;
	}

}
