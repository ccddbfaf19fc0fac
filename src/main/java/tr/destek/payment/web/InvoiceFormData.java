package tr.destek.payment.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * An invoice of a payment request: the amount without VAT and the VAT separately (MADDE
 * 15(9)).
 */
public class InvoiceFormData {

	@NotBlank
	@Size(max = 50)
	private String number;

	@NotNull
	private LocalDate date;

	@NotBlank
	@Pattern(regexp = "\\d{10,11}")
	private String supplierVkn;

	@NotNull
	private Long expenseItemId;

	@NotNull
	@DecimalMin(value = "0.01")
	@Digits(integer = 16, fraction = 2)
	private BigDecimal amountExclVat;

	@NotNull
	@DecimalMin(value = "0.00")
	@Digits(integer = 16, fraction = 2)
	private BigDecimal vatAmount;

	private MultipartFile file;

	private long version;

	/**
	 * A file kept after a validation error, used when no new file is chosen (issue #10).
	 */
	private Long keptFileId;

	public Long getKeptFileId() {
		return this.keptFileId;
	}

	public void setKeptFileId(Long keptFileId) {
		this.keptFileId = keptFileId;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getSupplierVkn() {
		return this.supplierVkn;
	}

	public void setSupplierVkn(String supplierVkn) {
		this.supplierVkn = supplierVkn;
	}

	public Long getExpenseItemId() {
		return this.expenseItemId;
	}

	public void setExpenseItemId(Long expenseItemId) {
		this.expenseItemId = expenseItemId;
	}

	public BigDecimal getAmountExclVat() {
		return this.amountExclVat;
	}

	public void setAmountExclVat(BigDecimal amountExclVat) {
		this.amountExclVat = amountExclVat;
	}

	public BigDecimal getVatAmount() {
		return this.vatAmount;
	}

	public void setVatAmount(BigDecimal vatAmount) {
		this.vatAmount = vatAmount;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
