package tr.destek.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import tr.destek.identity.PasswordFitsHash;
import tr.destek.platform.web.ConfirmationMatches;

/**
 * A new password typed twice; with the current one when a signed-in user changes it (the
 * reset link stands in for it there).
 */
@ConfirmationMatches(message = "{identity.password.mismatch}")
public class NewPasswordFormData {

	private String currentPassword;

	@NotBlank(message = "{identity.required}")
	@Size(min = 10, max = 200, message = "{identity.password.length}")
	@PasswordFitsHash
	private String password;

	@NotBlank(message = "{identity.required}")
	private String passwordConfirmation;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

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

	/** Passwords are never sent back to the browser. */
	void forget() {
		this.currentPassword = null;
		this.password = null;
		this.passwordConfirmation = null;
	}

}
