package tr.destek.enterprise;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/** The figures of one fiscal year of an enterprise; part of the {@link Enterprise}. */
@Entity
@Table(name = "enterprise_fiscal_year")
public class EnterpriseFiscalYear {

	@EmbeddedId
	private Key id;

	@MapsId("enterpriseId")
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "enterprise_id")
	private Enterprise enterprise;

	@Column(nullable = false)
	private int employees;

	@Column(name = "net_sales", nullable = false, precision = 18, scale = 2)
	private BigDecimal netSales;

	@Column(name = "balance_sheet_total", nullable = false, precision = 18, scale = 2)
	private BigDecimal balanceSheetTotal;

	@Column(name = "operating_profit", precision = 18, scale = 2)
	private BigDecimal operatingProfit;

	@Column(precision = 18, scale = 2)
	private BigDecimal equity;

	protected EnterpriseFiscalYear() {
	}

	EnterpriseFiscalYear(Enterprise enterprise, FiscalYearFigures figures) {
		this.enterprise = enterprise;
		this.id = new Key(enterprise.getId(), figures.year());
		apply(figures);
	}

	void apply(FiscalYearFigures figures) {
		this.employees = figures.employees();
		this.netSales = figures.netSales();
		this.balanceSheetTotal = figures.balanceSheetTotal();
		this.operatingProfit = figures.operatingProfit();
		this.equity = figures.equity();
	}

	public int getYear() {
		return this.id.year;
	}

	public int getEmployees() {
		return this.employees;
	}

	public BigDecimal getNetSales() {
		return this.netSales;
	}

	public BigDecimal getBalanceSheetTotal() {
		return this.balanceSheetTotal;
	}

	public BigDecimal getOperatingProfit() {
		return this.operatingProfit;
	}

	public BigDecimal getEquity() {
		return this.equity;
	}

	public CompanyFigures sizeFigures() {
		return new CompanyFigures(this.employees, this.netSales, this.balanceSheetTotal);
	}

	public FiscalYearFigures figures() {
		return new FiscalYearFigures(getYear(), this.employees, this.netSales, this.balanceSheetTotal,
				this.operatingProfit, this.equity);
	}

	String describe() {
		return getYear() + ": employees=" + this.employees + ", netSales=" + plain(this.netSales)
				+ ", balanceSheetTotal=" + plain(this.balanceSheetTotal) + ", operatingProfit="
				+ plain(this.operatingProfit) + ", equity=" + plain(this.equity);
	}

	private static String plain(BigDecimal amount) {
		return (amount == null) ? "-" : amount.toPlainString();
	}

	/** Enterprise and year. */
	@Embeddable
	public static class Key implements Serializable {

		@Column(name = "enterprise_id")
		private Long enterpriseId;

		@Column(name = "fiscal_year")
		private Integer year;

		protected Key() {
		}

		Key(Long enterpriseId, Integer year) {
			this.enterpriseId = enterpriseId;
			this.year = year;
		}

		@Override
		public boolean equals(Object other) {
			return (other instanceof Key that) && Objects.equals(this.enterpriseId, that.enterpriseId)
					&& Objects.equals(this.year, that.year);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.enterpriseId, this.year);
		}

	}

}
