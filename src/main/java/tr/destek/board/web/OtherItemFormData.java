package tr.destek.board.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A termination or another matter for the agenda (MADDE 12(8)). */
public class OtherItemFormData {

	@NotBlank(message = "{board.required}")
	@Size(max = 500, message = "{board.too-long}")
	private String subject;

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

}
