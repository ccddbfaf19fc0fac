package tr.destek.kosgeb.web;

import jakarta.validation.constraints.AssertTrue;

/**
 * The approval of the written commitment (Taahhütname FRM.34.00.02, MADDE 16(1)) in the
 * version shown.
 */
public class CommitmentFormData {

	private long version;

	private String commitmentVersion;

	@AssertTrue(message = "{kosgeb.commitment.approve.required}")
	private boolean approved;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getCommitmentVersion() {
		return this.commitmentVersion;
	}

	public void setCommitmentVersion(String commitmentVersion) {
		this.commitmentVersion = commitmentVersion;
	}

	public boolean isApproved() {
		return this.approved;
	}

	public void setApproved(boolean approved) {
		this.approved = approved;
	}

}
