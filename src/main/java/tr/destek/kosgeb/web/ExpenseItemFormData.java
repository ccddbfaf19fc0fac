package tr.destek.kosgeb.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import tr.destek.kosgeb.ExpenseItem;
import tr.destek.kosgeb.ExpenseItemData;
import tr.destek.kosgeb.ExpenseKind;

/**
 * One requested purchase: a new machine, equipment, software or hardware (MADDE 5(1))
 * implementing a recommendation of the maturity report (MADDE 8(1)); the unit price
 * excludes VAT (MADDE 15(9)) and accepts {@code 1.234.567,89}.
 */
public class ExpenseItemFormData implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	private long version;

	@NotNull(message = "{kosgeb.required}")
	private ExpenseKind kind;

	@NotBlank(message = "{kosgeb.required}")
	@Size(max = 500, message = "{kosgeb.field.too-long}")
	private String description;

	@NotNull(message = "{kosgeb.required}")
	@Min(value = 1, message = "{kosgeb.item.quantity.range}")
	@Max(value = 100_000, message = "{kosgeb.item.quantity.range}")
	private Integer quantity;

	@NotNull(message = "{kosgeb.required}")
	@Positive(message = "{kosgeb.item.unitPrice.positive}")
	@Digits(integer = 14, fraction = 2, message = "{kosgeb.item.unitPrice.digits}")
	private BigDecimal unitPrice;

	@NotBlank(message = "{kosgeb.required}")
	@Size(max = 250, message = "{kosgeb.field.too-long}")
	private String supplierName;

	@NotBlank(message = "{kosgeb.required}")
	private String supplierTaxNumber;

	@NotBlank(message = "{kosgeb.required}")
	@Size(max = 500, message = "{kosgeb.field.too-long}")
	private String reportRecommendation;

	/** MADDE 5(1): only new machines, equipment, software and hardware are supported. */
	@AssertTrue(message = "{kosgeb.item.confirmedNew.required}")
	private boolean confirmedNew;

	/** Whether anything was typed into the item's fields. */
	boolean isTyped() {
		return this.kind != null || this.quantity != null || this.unitPrice != null || notEmpty(this.description)
				|| notEmpty(this.supplierName) || notEmpty(this.supplierTaxNumber)
				|| notEmpty(this.reportRecommendation);
	}

	private static boolean notEmpty(String s) {
		return s != null && !s.isBlank();
	}

	static ExpenseItemFormData of(ExpenseItem item, long version) {
		ExpenseItemFormData form = new ExpenseItemFormData();
		form.version = version;
		form.kind = item.getKind();
		form.description = item.getDescription();
		form.quantity = item.getQuantity();
		form.unitPrice = item.getUnitPrice();
		form.supplierName = item.getSupplierName();
		form.supplierTaxNumber = item.getSupplierTaxNumber();
		form.reportRecommendation = item.getReportRecommendation();
		form.confirmedNew = item.isConfirmedNew();
		return form;
	}

	ExpenseItemData toData(String normalisedTaxNumber) {
		return new ExpenseItemData(this.kind, this.description.strip(), this.quantity, this.unitPrice,
				this.supplierName.strip(), normalisedTaxNumber, this.reportRecommendation.strip(), this.confirmedNew);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public ExpenseKind getKind() {
		return this.kind;
	}

	public void setKind(ExpenseKind kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getQuantity() {
		return this.quantity;
	}

	public void setQuantity(Integer quantity) {
		this.quantity = quantity;
	}

	public BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

	public void setUnitPrice(BigDecimal unitPrice) {
		this.unitPrice = unitPrice;
	}

	public String getSupplierName() {
		return this.supplierName;
	}

	public void setSupplierName(String supplierName) {
		this.supplierName = supplierName;
	}

	public String getSupplierTaxNumber() {
		return this.supplierTaxNumber;
	}

	public void setSupplierTaxNumber(String supplierTaxNumber) {
		this.supplierTaxNumber = supplierTaxNumber;
	}

	public String getReportRecommendation() {
		return this.reportRecommendation;
	}

	public void setReportRecommendation(String reportRecommendation) {
		this.reportRecommendation = reportRecommendation;
	}

	public boolean isConfirmedNew() {
		return this.confirmedNew;
	}

	public void setConfirmedNew(boolean confirmedNew) {
		this.confirmedNew = confirmedNew;
	}

}
