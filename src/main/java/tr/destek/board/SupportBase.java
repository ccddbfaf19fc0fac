package tr.destek.board;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The support base amount (destek üst limiti) the board accepts: per expense item, the
 * highest amount that a majority of the members accepts — with three members the median
 * of their amounts, a member who votes to reject or to correct counting as zero. An item
 * is approved when a majority gives it a positive amount; the base is the sum of the
 * approved items (MADDE 10(3), 12(6)). It must lie between {@code loan.min-amount}
 * (1.000.000 TL, MADDE 7(7)) and {@code loan.max-amount} (20.000.000 TL, MADDE 6(2)).
 */
public record SupportBase(Map<Long, BigDecimal> approvedItems, BigDecimal total, Check check) {

	/** Where the base stands against the programme's limits. */
	public enum Check {

		WITHIN, BELOW_MINIMUM, ABOVE_MAXIMUM;

		public String messageKey() {
			return "board.base.check." + name();
		}

	}

	/**
	 * @param votes the votes of all sitting members
	 * @param expenseItemIds the application's expense items, in order
	 */
	public static SupportBase of(List<Vote> votes, List<Long> expenseItemIds, BigDecimal minimum, BigDecimal maximum) {
		int majority = votes.size() / 2 + 1;
		Map<Long, BigDecimal> approved = new LinkedHashMap<>();
		for (Long itemId : expenseItemIds) {
			List<BigDecimal> descending = votes.stream()
				.map(v -> v.acceptedAmount(itemId))
				.sorted(Comparator.reverseOrder())
				.toList();
			BigDecimal majorityAmount = descending.get(majority - 1);
			if (majorityAmount.signum() > 0) {
				approved.put(itemId, majorityAmount.setScale(2));
			}
		}
		BigDecimal total = approved.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
		Check check = total.compareTo(minimum) < 0 ? Check.BELOW_MINIMUM
				: total.compareTo(maximum) > 0 ? Check.ABOVE_MAXIMUM : Check.WITHIN;
		return new SupportBase(approved, total, check);
	}

}
