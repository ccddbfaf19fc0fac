package tr.destek.loan.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The disbursement the bank enters (MADDE 14(3)(d)); the rules are checked in the
 * service.
 */
public class DisbursementFormData {

	private BigDecimal amount;

	private String currency = "TRY";

	private LocalDate disbursementDate;

	private Integer termMonths;

	private Integer graceMonths;

	private BigDecimal annualRate;

	private long version;

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public LocalDate getDisbursementDate() {
		return this.disbursementDate;
	}

	public void setDisbursementDate(LocalDate disbursementDate) {
		this.disbursementDate = disbursementDate;
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

	public BigDecimal getAnnualRate() {
		return this.annualRate;
	}

	public void setAnnualRate(BigDecimal annualRate) {
		this.annualRate = annualRate;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
