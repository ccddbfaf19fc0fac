package tr.destek.enterprise.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An applicant invites a colleague of the same enterprise. */
public class InvitationFormData {

	@NotBlank(message = "{enterprise.required}")
	@Size(max = 200, message = "{enterprise.length.max}")
	private String fullName;

	@NotBlank(message = "{enterprise.required}")
	@Email(message = "{enterprise.email.invalid}")
	@Size(max = 254, message = "{enterprise.length.max}")
	private String email;

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
