package tr.destek.loan.web;

import jakarta.validation.constraints.Size;

/** The bank records the enterprise's loan application (MADDE 14(3)(a)). */
public class LoanApplicationFormData {

	@Size(max = 60)
	private String bankReference;

	public String getBankReference() {
		return this.bankReference;
	}

	public void setBankReference(String bankReference) {
		this.bankReference = bankReference;
	}

}
