package tr.destek.loan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin issues an API key for a bank's systems. */
public class ApiKeyFormData {

	@NotBlank(message = "{loan.error.bank.unknown}")
	private String bankCode;

	@NotBlank(message = "{loan.error.apiKey.label}")
	@Size(max = 100, message = "{loan.error.apiKey.label}")
	private String label;

	public String getBankCode() {
		return this.bankCode;
	}

	public void setBankCode(String bankCode) {
		this.bankCode = bankCode;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

}
