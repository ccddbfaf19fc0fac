package tr.destek.payment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The unit manager returns the Ödeme Oluru to the expert with a reason. */
public class ReturnOluruFormData {

	@NotBlank
	@Size(max = 4000)
	private String reason;

	private long version;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
