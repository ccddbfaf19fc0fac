package tr.destek.enterprise.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import tr.destek.enterprise.LegalForm;
import tr.destek.identity.PasswordFitsHash;
import tr.destek.platform.web.ConfirmationMatches;

/** The sign-up form: the enterprise and its first user. */
@ConfirmationMatches(message = "{enterprise.password.mismatch}")
public class SignupFormData {

	@NotBlank(message = "{enterprise.required}")
	private String taxNumber;

	@NotBlank(message = "{enterprise.required}")
	@Size(max = 250, message = "{enterprise.length.max}")
	private String title;

	@NotNull(message = "{enterprise.required}")
	private LegalForm legalForm;

	@NotNull(message = "{enterprise.required}")
	private LocalDate registrationDate;

	@NotNull(message = "{enterprise.required}")
	private Short provinceCode;

	@NotBlank(message = "{enterprise.required}")
	private String naceCode;

	@NotBlank(message = "{enterprise.required}")
	@Size(max = 200, message = "{enterprise.length.max}")
	private String fullName;

	@NotBlank(message = "{enterprise.required}")
	@Email(message = "{enterprise.email.invalid}")
	@Size(max = 254, message = "{enterprise.length.max}")
	private String email;

	@NotBlank(message = "{enterprise.required}")
	@Size(min = 10, max = 200, message = "{enterprise.password.length}")
	@PasswordFitsHash
	private String password;

	@NotBlank(message = "{enterprise.required}")
	private String passwordConfirmation;

	public String getTaxNumber() {
		return this.taxNumber;
	}

	public void setTaxNumber(String taxNumber) {
		this.taxNumber = taxNumber;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LegalForm getLegalForm() {
		return this.legalForm;
	}

	public void setLegalForm(LegalForm legalForm) {
		this.legalForm = legalForm;
	}

	public LocalDate getRegistrationDate() {
		return this.registrationDate;
	}

	public void setRegistrationDate(LocalDate registrationDate) {
		this.registrationDate = registrationDate;
	}

	public Short getProvinceCode() {
		return this.provinceCode;
	}

	public void setProvinceCode(Short provinceCode) {
		this.provinceCode = provinceCode;
	}

	public String getNaceCode() {
		return this.naceCode;
	}

	public void setNaceCode(String naceCode) {
		this.naceCode = naceCode;
	}

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
