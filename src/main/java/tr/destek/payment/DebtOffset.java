package tr.destek.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The tax / SGK debt offset of MADDE 15(7),(8): when the enterprise's tax debt or SGK
 * debt, as of the payment approval date, is above the limit of the relevant legislation
 * ({@code payment.debt-offset-limit}), that debt is paid first from the support payment
 * to the institution (tax office, SGK) and only the rest goes to the enterprise's
 * account. A debt at or below the limit is not offset. The whole debt is offset, not only
 * the part above the limit ("borç tutarı destek tutarından mahsup edilerek"); the tax
 * office is served before SGK; nothing is paid beyond the payable amount.
 */
public final class DebtOffset {

	private DebtOffset() {
	}

	/** Where the payable amount goes. */
	public record Result(BigDecimal payable, BigDecimal toTaxOffice, BigDecimal toSgk, BigDecimal toEnterprise) {

		public boolean offset() {
			return this.toTaxOffice.signum() > 0 || this.toSgk.signum() > 0;
		}

	}

	/**
	 * @param payable the subsidy payable for the period, after withheld shares
	 * @param taxDebt the tax debt as of the approval date (0 when none)
	 * @param sgkDebt the SGK debt as of the approval date (0 when none)
	 * @param limit the limit above which a debt is offset
	 */
	public static Result apply(BigDecimal payable, BigDecimal taxDebt, BigDecimal sgkDebt, BigDecimal limit) {
		BigDecimal remaining = money(payable);
		if (remaining.signum() < 0 || taxDebt.signum() < 0 || sgkDebt.signum() < 0 || limit.signum() < 0) {
			throw new IllegalArgumentException("amounts must not be negative");
		}
		BigDecimal toTax = offsetOf(taxDebt, limit, remaining);
		remaining = remaining.subtract(toTax);
		BigDecimal toSgk = offsetOf(sgkDebt, limit, remaining);
		remaining = remaining.subtract(toSgk);
		return new Result(money(payable), toTax, toSgk, remaining);
	}

	private static BigDecimal offsetOf(BigDecimal debt, BigDecimal limit, BigDecimal remaining) {
		if (debt.compareTo(limit) <= 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return money(debt).min(remaining);
	}

	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}
