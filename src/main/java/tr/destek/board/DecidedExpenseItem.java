package tr.destek.board;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An expense item as the decision approves it: what was requested and what was accepted.
 */
@Embeddable
public class DecidedExpenseItem {

	@Column(name = "expense_item_id", nullable = false)
	private Long expenseItemId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private BigDecimal requested;

	@Column(nullable = false)
	private BigDecimal accepted;

	protected DecidedExpenseItem() {
	}

	DecidedExpenseItem(Long expenseItemId, int position, String description, BigDecimal requested,
			BigDecimal accepted) {
		this.expenseItemId = expenseItemId;
		this.position = position;
		this.description = description;
		this.requested = requested;
		this.accepted = accepted;
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

	public BigDecimal getRequested() {
		return this.requested;
	}

	public BigDecimal getAccepted() {
		return this.accepted;
	}

}
