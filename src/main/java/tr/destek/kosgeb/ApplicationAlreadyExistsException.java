package tr.destek.kosgeb;

/**
 * MADDE 5(3): an enterprise may use the programme once, so it has at most one
 * application, whatever became of the first one (also a rejected one).
 */
public class ApplicationAlreadyExistsException extends RuntimeException {

	private final String reference;

	private final ApplicationStatus status;

	public ApplicationAlreadyExistsException(String reference, ApplicationStatus status) {
		super("the enterprise already has application " + reference + " (" + status + ")");
		this.reference = reference;
		this.status = status;
	}

	public String getReference() {
		return this.reference;
	}

	public ApplicationStatus getStatus() {
		return this.status;
	}

}
