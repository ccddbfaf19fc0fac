package tr.destek.kosgeb.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import tr.destek.kosgeb.AppealService;

/** The İtiraz Formu (FRM.34.00.06): the applicant's reasons (MADDE 13(1)). */
public class AppealFormData {

	@NotBlank(message = "{appeal.reasons.size}")
	@Size(min = AppealService.MIN_REASONS, max = 10000, message = "{appeal.reasons.size}")
	private String reasons;

	private long version;

	public String getReasons() {
		return this.reasons;
	}

	public void setReasons(String reasons) {
		this.reasons = reasons;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
