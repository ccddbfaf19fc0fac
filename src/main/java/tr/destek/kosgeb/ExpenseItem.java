package tr.destek.kosgeb;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import tr.destek.platform.Identifiers;

/**
 * A requested purchase: a new machine, equipment, software or hardware that implements a
 * recommendation of the maturity report (MADDE 8(1)); the unit price excludes VAT (MADDE
 * 15(9)).
 */
@Entity
@Table(name = "kosgeb_expense_item")
public class ExpenseItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "application_id")
	private KosgebApplication application;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ExpenseKind kind;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private int quantity;

	@Column(name = "unit_price", nullable = false)
	private BigDecimal unitPrice;

	@Column(name = "supplier_name", nullable = false)
	private String supplierName;

	@Column(name = "supplier_tax_number", nullable = false)
	private String supplierTaxNumber;

	@Column(name = "report_recommendation", nullable = false)
	private String reportRecommendation;

	@Column(name = "confirmed_new", nullable = false)
	private boolean confirmedNew;

	protected ExpenseItem() {
	}

	ExpenseItem(KosgebApplication application, int position, ExpenseItemData data) {
		this.application = application;
		this.position = position;
		update(data);
	}

	void update(ExpenseItemData data) {
		this.kind = data.kind();
		this.description = data.description();
		this.quantity = data.quantity();
		this.unitPrice = data.unitPrice().setScale(2, RoundingMode.HALF_UP);
		this.supplierName = data.supplierName();
		this.supplierTaxNumber = data.supplierTaxNumber();
		this.reportRecommendation = data.reportRecommendation();
		this.confirmedNew = data.confirmedNew();
	}

	/** quantity × unit price, excluding VAT */
	public BigDecimal total() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity)).setScale(2, RoundingMode.HALF_UP);
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public ExpenseKind getKind() {
		return this.kind;
	}

	public String getDescription() {
		return this.description;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

	public String getSupplierName() {
		return this.supplierName;
	}

	public String getSupplierTaxNumber() {
		return this.supplierTaxNumber;
	}

	public String getReportRecommendation() {
		return this.reportRecommendation;
	}

	public boolean isConfirmedNew() {
		return this.confirmedNew;
	}

	public ExpenseItemData data() {
		return new ExpenseItemData(this.kind, this.description, this.quantity, this.unitPrice, this.supplierName,
				this.supplierTaxNumber, this.reportRecommendation, this.confirmedNew);
	}

	String describe() {
		return this.position + ". " + this.kind + " '" + this.description + "' " + this.quantity + " x "
				+ this.unitPrice.toPlainString() + " TL, supplier " + this.supplierName + " ("
				+ Identifiers.mask(this.supplierTaxNumber) + "), new=" + this.confirmedNew;
	}

}
