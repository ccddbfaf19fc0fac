package tr.destek.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import tr.destek.credit.SubsidyQuarter;

/** One quarter of the subsidy schedule stored at disbursement (MADDE 15(4)). */
@Embeddable
public class LoanQuarter {

	@Column(nullable = false)
	private int number;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(nullable = false)
	private BigDecimal interest;

	@Column(nullable = false)
	private BigDecimal principal;

	@Column(nullable = false)
	private BigDecimal balance;

	protected LoanQuarter() {
	}

	LoanQuarter(SubsidyQuarter quarter) {
		this.number = quarter.number();
		this.dueDate = quarter.dueDate();
		this.interest = quarter.interest();
		this.principal = quarter.principal();
		this.balance = quarter.balance();
	}

	public SubsidyQuarter toSubsidyQuarter() {
		return new SubsidyQuarter(this.number, this.dueDate, this.interest, this.principal, this.balance);
	}

	public int getNumber() {
		return this.number;
	}

}
