package tr.destek.enterprise.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The figures of the public size-class calculator (page and JSON API). */
public class SizeClassQuery {

	@NotNull(message = "{enterprise.size.required}")
	@PositiveOrZero(message = "{enterprise.size.notNegative}")
	@Max(value = 10_000_000, message = "{enterprise.size.tooLarge}")
	private Integer employees;

	@NotNull(message = "{enterprise.size.required}")
	@PositiveOrZero(message = "{enterprise.size.notNegative}")
	@Digits(integer = 16, fraction = 2, message = "{enterprise.size.amount.digits}")
	private BigDecimal netSales;

	@NotNull(message = "{enterprise.size.required}")
	@PositiveOrZero(message = "{enterprise.size.notNegative}")
	@Digits(integer = 16, fraction = 2, message = "{enterprise.size.amount.digits}")
	private BigDecimal balanceSheet;

	private LocalDate date;

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

	public BigDecimal getBalanceSheet() {
		return this.balanceSheet;
	}

	public void setBalanceSheet(BigDecimal balanceSheet) {
		this.balanceSheet = balanceSheet;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	boolean isEmpty() {
		return this.employees == null && this.netSales == null && this.balanceSheet == null && this.date == null;
	}

}
