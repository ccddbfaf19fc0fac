package tr.destek.enterprise.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import tr.destek.identity.PasswordFitsHash;
import tr.destek.platform.web.ConfirmationMatches;

/** A new password, typed twice. */
@ConfirmationMatches(message = "{enterprise.password.mismatch}")
public class PasswordFormData {

	@NotBlank(message = "{enterprise.required}")
	@Size(min = 10, max = 200, message = "{enterprise.password.length}")
	@PasswordFitsHash
	private String password;

	@NotBlank(message = "{enterprise.required}")
	private String passwordConfirmation;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirmation() {
		return this.passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}

}
