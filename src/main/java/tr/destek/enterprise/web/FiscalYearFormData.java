package tr.destek.enterprise.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import tr.destek.enterprise.EnterpriseFiscalYear;
import tr.destek.enterprise.FiscalYearFigures;

/**
 * The figures of one fiscal year. Amounts accept {@code 1.234.567,89} and
 * {@code 1234567.89}. {@code editYear} is the entered year the form changes; empty when
 * the form adds a year (issue #10 point 4).
 */
public class FiscalYearFormData {

	@NotNull(message = "{enterprise.required}")
	@Min(value = 1900, message = "{enterprise.fiscalYear.year.invalid}")
	@Max(value = 9999, message = "{enterprise.fiscalYear.year.invalid}")
	private Integer year;

	private Integer editYear;

	@NotNull(message = "{enterprise.required}")
	@PositiveOrZero(message = "{enterprise.number.negative}")
	@Max(value = 10_000_000, message = "{enterprise.size.tooLarge}")
	private Integer employees;

	@NotNull(message = "{enterprise.required}")
	@PositiveOrZero(message = "{enterprise.number.negative}")
	@Digits(integer = 16, fraction = 2, message = "{enterprise.size.amount.digits}")
	private BigDecimal netSales;

	@NotNull(message = "{enterprise.required}")
	@PositiveOrZero(message = "{enterprise.number.negative}")
	@Digits(integer = 16, fraction = 2, message = "{enterprise.size.amount.digits}")
	private BigDecimal balanceSheetTotal;

	@Digits(integer = 16, fraction = 2, message = "{enterprise.size.amount.digits}")
	private BigDecimal operatingProfit;

	@Digits(integer = 16, fraction = 2, message = "{enterprise.size.amount.digits}")
	private BigDecimal equity;

	static FiscalYearFormData of(EnterpriseFiscalYear year) {
		FiscalYearFormData form = new FiscalYearFormData();
		form.year = year.getYear();
		form.editYear = year.getYear();
		form.employees = year.getEmployees();
		form.netSales = year.getNetSales();
		form.balanceSheetTotal = year.getBalanceSheetTotal();
		form.operatingProfit = year.getOperatingProfit();
		form.equity = year.getEquity();
		return form;
	}

	FiscalYearFigures toFigures() {
		return new FiscalYearFigures(this.year, this.employees, this.netSales, this.balanceSheetTotal,
				this.operatingProfit, this.equity);
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Integer getEditYear() {
		return this.editYear;
	}

	public void setEditYear(Integer editYear) {
		this.editYear = editYear;
	}

	/** Whether the form changes the entered year it was opened for. */
	boolean changesEnteredYear() {
		return this.editYear != null && this.editYear.equals(this.year);
	}

	public Integer getEmployees() {
		return this.employees;
	}

	public void setEmployees(Integer employees) {
		this.employees = employees;
	}

	public BigDecimal getNetSales() {
		return this.netSales;
	}

	public void setNetSales(BigDecimal netSales) {
		this.netSales = netSales;
	}

	public BigDecimal getBalanceSheetTotal() {
		return this.balanceSheetTotal;
	}

	public void setBalanceSheetTotal(BigDecimal balanceSheetTotal) {
		this.balanceSheetTotal = balanceSheetTotal;
	}

	public BigDecimal getOperatingProfit() {
		return this.operatingProfit;
	}

	public void setOperatingProfit(BigDecimal operatingProfit) {
		this.operatingProfit = operatingProfit;
	}

	public BigDecimal getEquity() {
		return this.equity;
	}

	public void setEquity(BigDecimal equity) {
		this.equity = equity;
	}

}
