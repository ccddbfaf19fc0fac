package tr.destek.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An invoice of a payment request: number, date, supplier's tax number, the financed
 * expense item, the amount without VAT and the VAT shown separately; VAT and similar
 * taxes are never supported (MADDE 15(9)). Its scan is a document owned by the invoice.
 */
@Entity
@Table(name = "payment_invoice")
public class Invoice {

	public static final String DOCUMENT_OWNER = "PaymentInvoice";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "request_id", updatable = false)
	private PaymentRequest request;

	@Column(name = "invoice_number", nullable = false)
	private String number;

	@Column(name = "invoice_date", nullable = false)
	private LocalDate date;

	@Column(name = "supplier_vkn", nullable = false)
	private String supplierVkn;

	@Column(name = "expense_item_id", nullable = false)
	private Long expenseItemId;

	@Column(name = "amount_excl_vat", nullable = false)
	private BigDecimal amountExclVat;

	@Column(name = "vat_amount", nullable = false)
	private BigDecimal vatAmount;

	protected Invoice() {
	}

	Invoice(PaymentRequest request, String number, LocalDate date, String supplierVkn, Long expenseItemId,
			BigDecimal amountExclVat, BigDecimal vatAmount) {
		this.request = request;
		this.number = number;
		this.date = date;
		this.supplierVkn = supplierVkn;
		this.expenseItemId = expenseItemId;
		this.amountExclVat = amountExclVat;
		this.vatAmount = vatAmount;
	}

	public Long getId() {
		return this.id;
	}

	public String getNumber() {
		return this.number;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public String getSupplierVkn() {
		return this.supplierVkn;
	}

	public Long getExpenseItemId() {
		return this.expenseItemId;
	}

	public BigDecimal getAmountExclVat() {
		return this.amountExclVat;
	}

	public BigDecimal getVatAmount() {
		return this.vatAmount;
	}

	/** What the supplier was paid, VAT included: shown, not supported. */
	public BigDecimal getTotal() {
		return this.amountExclVat.add(this.vatAmount);
	}

}
