package tr.destek.payment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Opening the Ödeme Talep Formu of one installment period (MADDE 15(1),(8)). */
public class OpenRequestFormData {

	@NotNull
	private Long loanId;

	@NotNull
	private Integer quarter;

	@NotNull
	private LocalDate paidOn;

	public Long getLoanId() {
		return this.loanId;
	}

	public void setLoanId(Long loanId) {
		this.loanId = loanId;
	}

	public Integer getQuarter() {
		return this.quarter;
	}

	public void setQuarter(Integer quarter) {
		this.quarter = quarter;
	}

	public LocalDate getPaidOn() {
		return this.paidOn;
	}

	public void setPaidOn(LocalDate paidOn) {
		this.paidOn = paidOn;
	}

}
