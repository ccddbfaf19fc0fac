package tr.destek.kosgeb.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import tr.destek.appeal.AppealService;

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

	/**
	 * Documents kept after a validation error, attached on the next submit (issue #10).
	 */
	private java.util.List<Long> keptDocumentIds = new java.util.ArrayList<>();

	public java.util.List<Long> getKeptDocumentIds() {
		return this.keptDocumentIds;
	}

	public void setKeptDocumentIds(java.util.List<Long> keptDocumentIds) {
		this.keptDocumentIds = keptDocumentIds;
	}

}
