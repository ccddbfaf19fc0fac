package tr.destek.payment;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One expense item's line of an approved payment: its share of the quarter's subsidy,
 * what was paid and what was withheld with the reason (MADDE 15(4)).
 */
@Embeddable
public class PaymentItem {

	@Column(name = "expense_item_id", nullable = false)
	private Long expenseItemId;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private BigDecimal financed;

	@Column(nullable = false)
	private BigDecimal share;

	@Column(nullable = false)
	private BigDecimal paid;

	@Column(nullable = false)
	private BigDecimal withheld;

	@Column(name = "withheld_reason")
	private String withheldReason;

	protected PaymentItem() {
	}

	PaymentItem(PaymentCalculation.Line line) {
		this.expenseItemId = line.expenseItemId();
		this.description = line.description();
		this.financed = line.financed();
		this.share = line.share();
		this.paid = line.paid();
		this.withheld = line.withheld();
		this.withheldReason = line.withheldReason();
	}

	public Long getExpenseItemId() {
		return this.expenseItemId;
	}

	public String getDescription() {
		return this.description;
	}

	public BigDecimal getFinanced() {
		return this.financed;
	}

	public BigDecimal getShare() {
		return this.share;
	}

	public BigDecimal getPaid() {
		return this.paid;
	}

	public BigDecimal getWithheld() {
		return this.withheld;
	}

	public String getWithheldReason() {
		return this.withheldReason;
	}

}
