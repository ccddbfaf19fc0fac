package tr.destek.kosgeb.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The unit's opinion and explanations on an appeal (MADDE 13(2)). */
public class OpinionFormData {

	@NotBlank(message = "{appeal.opinion.required}")
	@Size(max = 10000, message = "{appeal.opinion.size}")
	private String opinion;

	private long version;

	public String getOpinion() {
		return this.opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
