package tr.destek.loan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The allocation the bank enters (MADDE 14(3)(b)): amount, currency (TL only, MADDE
 * 15(13)) and, per approved item, the part financed; empty parts are items not financed.
 */
public class AllocationFormData {

	private BigDecimal amount;

	private String currency = "TRY";

	private List<Line> lines = new ArrayList<>();

	private long version;

	/** One approved item: which one (hidden) and the part of the loan financing it. */
	public static class Line {

		private Long expenseItemId;

		private BigDecimal amount;

		public Line() {
		}

		Line(Long expenseItemId, BigDecimal amount) {
			this.expenseItemId = expenseItemId;
			this.amount = amount;
		}

		public Long getExpenseItemId() {
			return this.expenseItemId;
		}

		public void setExpenseItemId(Long expenseItemId) {
			this.expenseItemId = expenseItemId;
		}

		public BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public List<Line> getLines() {
		return this.lines;
	}

	public void setLines(List<Line> lines) {
		this.lines = lines;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
