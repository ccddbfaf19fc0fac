package tr.destek.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import tr.destek.platform.InvalidInputException;

/**
 * Splits a quarter's subsidy over the expense items the board approved, in proportion to
 * the loan amount financing each item (calculations.md §1): each share is rounded HALF_UP
 * to the kuruş and the rounding remainder goes to the item with the largest financed
 * amount (the first of them on a tie). An item whose inspection (Tespit Tutanağı) failed
 * gets nothing until a later inspection passes: its share is withheld and reported, not
 * redistributed to the other items. MADDE 15(3), 15(4).
 */
public final class ExpenseItemSubsidySplitter {

	/** An approved expense item and the part of the loan financing it. */
	public record FinancedItem(String name, BigDecimal financedAmount, boolean inspectionFailed) {
	}

	/** An item's share of the quarter: paid, or withheld for a failed inspection. */
	public record ItemShare(FinancedItem item, BigDecimal share, BigDecimal payable, BigDecimal withheld) {
	}

	/** The split of one quarter's subsidy. */
	public record Split(BigDecimal subsidy, List<ItemShare> shares, BigDecimal payable, BigDecimal withheld) {

		public Split {
			shares = List.copyOf(shares);
		}

	}

	/**
	 * Each financed amount's share of the quarter's subsidy, nothing withheld: the rule
	 * payments ask for through their port and then withhold failed items' shares
	 * themselves (MADDE 15(4)).
	 */
	public List<BigDecimal> shares(BigDecimal quarterSubsidy, List<BigDecimal> financedAmounts) {
		List<FinancedItem> items = new ArrayList<>();
		for (int k = 0; k < financedAmounts.size(); k++) {
			items.add(new FinancedItem(String.valueOf(k + 1), financedAmounts.get(k), false));
		}
		return split(quarterSubsidy, items).shares().stream().map(ItemShare::share).toList();
	}

	/**
	 * @param quarterSubsidy the quarter's subsidy in TL with at most 2 decimals
	 * @param items the approved items with the loan amount financing each
	 */
	public Split split(BigDecimal quarterSubsidy, List<FinancedItem> items) {
		BigDecimal subsidy = quarterSubsidy.setScale(2, RoundingMode.UNNECESSARY);
		if (items == null || items.isEmpty()) {
			throw new InvalidInputException("items", "credit.error.required");
		}
		BigDecimal financed = BigDecimal.ZERO;
		int largest = 0;
		for (int k = 0; k < items.size(); k++) {
			BigDecimal amount = items.get(k).financedAmount();
			if (amount == null || amount.signum() <= 0) {
				throw new InvalidInputException("items", "credit.error.items.amount", items.get(k).name());
			}
			financed = financed.add(amount);
			if (amount.compareTo(items.get(largest).financedAmount()) > 0) {
				largest = k;
			}
		}
		List<BigDecimal> shares = new ArrayList<>();
		BigDecimal distributed = BigDecimal.ZERO;
		for (FinancedItem item : items) {
			BigDecimal share = subsidy.multiply(item.financedAmount())
				.divide(financed, InterestSubsidyCalculator.PRECISION)
				.setScale(2, RoundingMode.HALF_UP);
			shares.add(share);
			distributed = distributed.add(share);
		}
		shares.set(largest, shares.get(largest).add(subsidy.subtract(distributed)));

		List<ItemShare> result = new ArrayList<>();
		BigDecimal payable = BigDecimal.ZERO.setScale(2);
		BigDecimal withheld = BigDecimal.ZERO.setScale(2);
		for (int k = 0; k < items.size(); k++) {
			FinancedItem item = items.get(k);
			BigDecimal share = shares.get(k).setScale(2);
			if (item.inspectionFailed()) {
				result.add(new ItemShare(item, share, BigDecimal.ZERO.setScale(2), share));
				withheld = withheld.add(share);
			}
			else {
				result.add(new ItemShare(item, share, share, BigDecimal.ZERO.setScale(2)));
				payable = payable.add(share);
			}
		}
		return new Split(subsidy, result, payable, withheld);
	}

}
