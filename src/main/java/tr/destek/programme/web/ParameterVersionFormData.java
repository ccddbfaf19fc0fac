package tr.destek.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the admin types to add a parameter version. Kept as text so that nothing typed is
 * lost when it is sent back with an error; the service checks the value against the
 * parameter's unit.
 */
public class ParameterVersionFormData {

	@NotBlank(message = "{programme.error.value.required}")
	@Size(max = 200, message = "{programme.error.value.text}")
	private String value;

	@NotBlank(message = "{programme.error.valid-from.required}")
	private String validFrom;

	@NotBlank(message = "{programme.error.source-article.required}")
	@Size(max = 300, message = "{programme.error.source-article.too-long}")
	private String sourceArticle;

	@Size(max = 500, message = "{programme.error.note.too-long}")
	private String note;

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(String validFrom) {
		this.validFrom = validFrom;
	}

	public String getSourceArticle() {
		return this.sourceArticle;
	}

	public void setSourceArticle(String sourceArticle) {
		this.sourceArticle = sourceArticle;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
