package tr.destek.loan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An admin assigns a bank officer to a bank. */
public class OfficerFormData {

	@NotNull
	private Long userId;

	@NotBlank(message = "{loan.error.bank.unknown}")
	private String bankCode;

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public String getBankCode() {
		return this.bankCode;
	}

	public void setBankCode(String bankCode) {
		this.bankCode = bankCode;
	}

}
