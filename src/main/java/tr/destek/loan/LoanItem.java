package tr.destek.loan;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An approved expense item financed by a loan and the part of the loan financing it. */
@Embeddable
public class LoanItem {

	@Column(name = "expense_item_id", nullable = false)
	private Long expenseItemId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private BigDecimal amount;

	protected LoanItem() {
	}

	LoanItem(Long expenseItemId, int position, String description, BigDecimal amount) {
		this.expenseItemId = expenseItemId;
		this.position = position;
		this.description = description;
		this.amount = amount;
	}

	public Long getExpenseItemId() {
		return this.expenseItemId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getDescription() {
		return this.description;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	FinancedItem toFinancedItem() {
		return new FinancedItem(this.expenseItemId, this.description, this.amount);
	}

}
