package tr.destek.kosgeb;

/**
 * The one check of every move of an application: is the current state one that allows it.
 */
final class StatusGuard {

	private StatusGuard() {
	}

	/**
	 * @throws IllegalTransitionException when {@code actual} is none of {@code allowed}
	 */
	static void require(ApplicationStatus actual, String action, ApplicationStatus... allowed) {
		for (ApplicationStatus status : allowed) {
			if (status == actual) {
				return;
			}
		}
		throw new IllegalTransitionException(actual, action);
	}

}
