package tr.destek.kosgeb.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The unit manager sends the proposal back to the staff member with a note. */
public class ReturnFormData {

	@NotBlank
	@Size(max = 4000)
	private String note;

	private long version;

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
