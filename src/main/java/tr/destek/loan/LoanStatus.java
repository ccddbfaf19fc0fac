package tr.destek.loan;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Where a loan stands in the work flow of MADDE 14(3). */
public enum LoanStatus {

	/**
	 * the enterprise applied to the bank (14(3)(a)); the bank has not entered an
	 * allocation yet
	 */
	APPLIED,
	/**
	 * the bank entered the allocated amount and documents (14(3)(b)); the unit checks it
	 * (14(3)(c))
	 */
	ALLOCATED,
	/** the unit returned it to the bank for correction with reasons (14(3)(ç)) */
	RETURNED,
	/** the unit found the allocation in order; the bank may disburse (14(3)(d)) */
	APPROVED,
	/** the bank disbursed the loan and entered its terms (14(3)(d)) */
	DISBURSED;

	public String messageKey() {
		return "loan.status." + name();
	}

	/** The status as a message argument, resolved in the reader's language. */
	public MessageSourceResolvable label() {
		return new DefaultMessageSourceResolvable(messageKey());
	}

}
