package tr.destek.payment.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * The expert's Ödeme Oluru: the overdue debt to KOSGEB (MADDE 15(19)) and the tax and SGK
 * debt as of the approval date (MADDE 15(7),(8)).
 */
public class PrepareFormData {

	@NotNull
	@DecimalMin("0.00")
	@Digits(integer = 16, fraction = 2)
	private BigDecimal kosgebOverdueDebt;

	@NotNull
	@DecimalMin("0.00")
	@Digits(integer = 16, fraction = 2)
	private BigDecimal taxDebt;

	@NotNull
	@DecimalMin("0.00")
	@Digits(integer = 16, fraction = 2)
	private BigDecimal sgkDebt;

	private long version;

	public BigDecimal getKosgebOverdueDebt() {
		return this.kosgebOverdueDebt;
	}

	public void setKosgebOverdueDebt(BigDecimal kosgebOverdueDebt) {
		this.kosgebOverdueDebt = kosgebOverdueDebt;
	}

	public BigDecimal getTaxDebt() {
		return this.taxDebt;
	}

	public void setTaxDebt(BigDecimal taxDebt) {
		this.taxDebt = taxDebt;
	}

	public BigDecimal getSgkDebt() {
		return this.sgkDebt;
	}

	public void setSgkDebt(BigDecimal sgkDebt) {
		this.sgkDebt = sgkDebt;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
