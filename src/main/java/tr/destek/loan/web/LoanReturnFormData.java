package tr.destek.loan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The unit returns an allocation to the bank with its reasons (MADDE 14(3)(ç)). */
public class LoanReturnFormData {

	@NotBlank(message = "{loan.error.reasons.required}")
	@Size(max = 4000)
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

}
