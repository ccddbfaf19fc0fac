package tr.destek.credit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The public subsidy calculator form. The amounts are text so that Turkish notation
 * ({@code 10.000.000,00}) and plain digits are both accepted and kept as typed.
 */
class SubsidyCalculatorFormData {

	@NotBlank
	private String loanAmount;

	@NotNull
	private Integer termMonths;

	@NotNull
	private Integer graceMonths;

	private String supportPoints;

	@NotNull
	private LocalDate disbursementDate;

	public String getLoanAmount() {
		return this.loanAmount;
	}

	public void setLoanAmount(String loanAmount) {
		this.loanAmount = loanAmount;
	}

	public Integer getTermMonths() {
		return this.termMonths;
	}

	public void setTermMonths(Integer termMonths) {
		this.termMonths = termMonths;
	}

	public Integer getGraceMonths() {
		return this.graceMonths;
	}

	public void setGraceMonths(Integer graceMonths) {
		this.graceMonths = graceMonths;
	}

	public String getSupportPoints() {
		return this.supportPoints;
	}

	public void setSupportPoints(String supportPoints) {
		this.supportPoints = supportPoints;
	}

	public LocalDate getDisbursementDate() {
		return this.disbursementDate;
	}

	public void setDisbursementDate(LocalDate disbursementDate) {
		this.disbursementDate = disbursementDate;
	}

}
