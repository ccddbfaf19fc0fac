package tr.destek.kosgeb.web;

import jakarta.validation.constraints.NotNull;

/** The unit manager picks the responsible staff member of a file. */
public class StaffFormData {

	@NotNull
	private Long staffId;

	private long version;

	public Long getStaffId() {
		return this.staffId;
	}

	public void setStaffId(Long staffId) {
		this.staffId = staffId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
