package tr.destek.kosgeb.web;

import jakarta.validation.constraints.NotBlank;

/** The preferred protocol bank (MADDE 8(4), 14). */
public class BankFormData {

	private long version;

	@NotBlank(message = "{kosgeb.required}")
	private String bankCode;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getBankCode() {
		return this.bankCode;
	}

	public void setBankCode(String bankCode) {
		this.bankCode = bankCode;
	}

}
