package tr.destek.kosgeb;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the applicant's approval of the form fixes (MADDE 8(1), 16(1)): when it was first
 * submitted, the application date on which eligibility is judged (MADDE 7(2),(3)), the
 * written commitment approved (again at every resubmission), and the eligibility frozen
 * as evaluated then.
 */
@Embeddable
class Submission {

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "application_date")
	private LocalDate applicationDate;

	@Column(name = "commitment_version")
	private String commitmentVersion;

	@Column(name = "commitment_approved_by")
	private String commitmentApprovedBy;

	@Column(name = "commitment_approved_at")
	private Instant commitmentApprovedAt;

	@Column(name = "eligibility_snapshot")
	private String eligibilitySnapshot;

	@Column(name = "eligibility_needs_review", nullable = false)
	private boolean eligibilityNeedsReview;

	/** The first submission: the application date is fixed from now on. */
	void first(Instant now, LocalDate applicationDate) {
		this.submittedAt = now;
		this.applicationDate = applicationDate;
	}

	/**
	 * The applicant approved the written commitment (MADDE 16(1)) and the eligibility
	 * evaluated now is frozen; without the commitment nothing is submitted.
	 */
	void approve(ApplicationStatus status, Instant now, String version, String approvedBy, String snapshot,
			boolean needsReview) {
		if (version == null || approvedBy == null) {
			throw new IllegalTransitionException(status, "submit without the written commitment");
		}
		this.commitmentVersion = version;
		this.commitmentApprovedBy = approvedBy;
		this.commitmentApprovedAt = now;
		this.eligibilitySnapshot = snapshot;
		this.eligibilityNeedsReview = needsReview;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	LocalDate applicationDate() {
		return this.applicationDate;
	}

	String commitmentVersion() {
		return this.commitmentVersion;
	}

	String commitmentApprovedBy() {
		return this.commitmentApprovedBy;
	}

	Instant commitmentApprovedAt() {
		return this.commitmentApprovedAt;
	}

	String eligibilitySnapshot() {
		return this.eligibilitySnapshot;
	}

	boolean eligibilityNeedsReview() {
		return this.eligibilityNeedsReview;
	}

}
