package tr.destek.security;

/**
 * What the ids in a URL name, for the isolation sweep: one kind per object (arity 1) or
 * per parent with its children as they appear in the path, in order (arity 2 or 3).
 */
enum SweepKind {

	/** a KOSGEB application at any stage */
	APPLICATION(1),
	/** an application that passed control and waits for a board */
	READY_APPLICATION(1),
	/** an application the board accepted, its preferred bank the world's */
	ACCEPTED_APPLICATION(1), ENTERPRISE(1),
	/** a declared owner/partner of an enterprise */
	PERSON(1),
	/** an expense item of a draft application */
	EXPENSE_ITEM(1),
	/** a document of a draft application */
	DRAFT_DOCUMENT(1),
	/** a document of a submitted application */
	SUBMITTED_DOCUMENT(1), NOTIFICATION(1), BOARD(1), MEETING(1), MEETING_ITEM(2),
	/** a meeting and a member seated on it */
	MEETING_MEMBER(2), MEETING_RECORDING(2), DECISION(1), APPEAL(1),
	/** a document attached to an appeal (İtiraz Formu) */
	APPEAL_DOCUMENT(1), APPEAL_WITH_DOCUMENT(2), APPEAL_MEETING(1), APPEAL_MEETING_ITEM(2), APPEAL_ITEM_DOCUMENT(3),
	/** the rejecting meeting's recording, read through the appeal item */
	APPEAL_ITEM_RECORDING(3), APPEAL_DECISION(1), LOAN(1), LOAN_DOCUMENT(2), PAYMENT_REQUEST(1), REQUEST_INVOICE(2),
	PAYMENT_DOCUMENT(1), INSPECTION(1), MONITORING_CASE(1), CASE_VISIT(2), STAFF_USER(1), BANK_KEY(1),
	/** an official holiday: national data, administered by admins */
	HOLIDAY(1),
	/** a programme parameter (scope, key): national data, administered by admins */
	PARAMETER(2),
	/** a claim on a tax number another enterprise holds: decided by admins */
	TAX_NUMBER_CLAIM(1);

	final int arity;

	SweepKind(int arity) {
		this.arity = arity;
	}

}
