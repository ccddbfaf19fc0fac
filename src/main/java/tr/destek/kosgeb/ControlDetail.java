package tr.destek.kosgeb;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import tr.destek.audit.AuditEntry;
import tr.destek.calendar.SlaStatus;
import tr.destek.document.DocumentRef;
import tr.destek.enterprise.Enterprise;
import tr.destek.identity.UserAccount;

/**
 * Everything the control page of one application shows, read in one transaction.
 *
 * @param application the application (expense items loaded)
 * @param enterprise the applicant enterprise
 * @param items the expense items
 * @param requestedAmount their sum, excluding VAT
 * @param documents the uploaded documents
 * @param eligibility the eligibility frozen at submission, {@code null} if none was
 * stored
 * @param checklist the Başvuru Kontrol Tablosu with what is answered
 * @param sla the control period's status, {@code null} when it does not run
 * @param assignedStaff the responsible staff member, {@code null} when unassigned
 * @param unitStaff the unit's responsible staff, for (re)assignment by the manager
 * @param timeline the audit history, oldest first
 * @param permissions what the viewer may do now
 */
public record ControlDetail(KosgebApplication application, Enterprise enterprise, List<ExpenseItem> items,
		BigDecimal requestedAmount, List<DocumentRef> documents,
		tr.destek.kosgeb.eligibility.EligibilityReport eligibility, List<ChecklistLine> checklist, SlaStatus sla,
		UserAccount assignedStaff, List<UserAccount> unitStaff, List<AuditEntry> timeline, Permissions permissions) {

	public boolean checklistComplete() {
		return this.checklist.stream().allMatch(ChecklistLine::answered);
	}

	public boolean anyNonConforming() {
		return this.checklist.stream().anyMatch(l -> l.result() == CheckResult.DOES_NOT_CONFORM);
	}

	public Set<ApplicationPart> openParts() {
		return this.application.openParts();
	}

	/**
	 * One item of the table with its context and answer.
	 *
	 * @param item the item
	 * @param rule for eligibility items, the frozen rule result (may be absent)
	 * @param documents for document items, the documents of its category
	 * @param result the saved result, or {@code null}
	 * @param note the saved note, or {@code null}
	 * @param checkedBy who answered it
	 */
	public record ChecklistLine(ControlChecklist.Item item, tr.destek.kosgeb.eligibility.RuleResult rule,
			List<DocumentRef> documents, CheckResult result, String note, String checkedBy) {

		public boolean answered() {
			return this.result != null;
		}

		/**
		 * What the system itself found for this item, offered as the starting answer
		 * until the expert saves one (MADDE 9(1)): a passed eligibility rule conforms, a
		 * failed one does not; a required document category with no document does not
		 * conform. Everything the system cannot judge (rules needing review, the content
		 * of documents, the expense items) starts unanswered.
		 */
		public CheckResult suggestion() {
			return switch (this.item.source()) {
				case ELIGIBILITY_RULE -> (this.rule == null) ? null : switch (this.rule.outcome()) {
					case PASS -> CheckResult.CONFORMS;
					case FAIL -> CheckResult.DOES_NOT_CONFORM;
					case NEEDS_REVIEW -> null;
				};
				case DOCUMENT ->
					(this.documents == null || this.documents.isEmpty()) ? CheckResult.DOES_NOT_CONFORM : null;
				case EXPENSE_ITEMS -> null;
			};
		}

		/** The answer the form starts from: the saved one, else the system's finding. */
		public CheckResult startingAnswer() {
			return answered() ? this.result : suggestion();
		}

		/** Bootstrap badge class for the frozen rule's outcome. */
		public String badge() {
			return switch (this.rule.outcome()) {
				case PASS -> "text-bg-success";
				case FAIL -> "text-bg-danger";
				case NEEDS_REVIEW -> "text-bg-warning";
			};
		}

	}

	/** What the signed-in staff member may do on this file now. */
	public record Permissions(boolean check, boolean propose, boolean decide, boolean reassign, boolean assign) {

		public boolean any() {
			return this.check || this.propose || this.decide || this.reassign || this.assign;
		}

	}

}
