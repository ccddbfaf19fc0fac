package tr.destek.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The maths of an Ödeme Oluru (MADDE 15(4),(5),(7)): the period's support from the stored
 * schedule is split over the financed items by the programme's rule ({@link Shares}, for
 * KOSGEB the interest subsidy splitter); an item whose latest inspection failed has its
 * share withheld with the reason kept, not redistributed (MADDE 15(4)); what is payable
 * then goes first to the tax office / SGK for a debt above the limit and the rest to the
 * enterprise ({@link DebtOffset}, MADDE 15(7),(8)).
 */
public final class PaymentCalculation {

	private PaymentCalculation() {
	}

	/** A programme's rule splitting a period's support over the financed amounts. */
	@FunctionalInterface
	public interface Shares {

		/** Each amount's share of {@code support}, in the order of {@code financed}. */
		List<BigDecimal> of(BigDecimal support, List<BigDecimal> financed);

	}

	/**
	 * An item financed by the support and, when its share is to be withheld, why.
	 *
	 * @param withheldReason {@code null} when the item's share is payable
	 */
	public record Item(Long expenseItemId, String description, BigDecimal financed, String withheldReason) {
	}

	/** One item's line of the oluru. */
	public record Line(Long expenseItemId, String description, BigDecimal financed, BigDecimal share, BigDecimal paid,
			BigDecimal withheld, String withheldReason) {
	}

	/** The whole oluru. */
	public record Result(BigDecimal quarterSubsidy, List<Line> lines, BigDecimal payable, BigDecimal withheld,
			DebtOffset.Result offset) {

		public Result {
			lines = List.copyOf(lines);
		}

	}

	public static Result calculate(BigDecimal quarterSubsidy, List<Item> items, Shares rule, BigDecimal taxDebt,
			BigDecimal sgkDebt, BigDecimal limit) {
		BigDecimal subsidy = quarterSubsidy.setScale(2, java.math.RoundingMode.UNNECESSARY);
		List<BigDecimal> shares = rule.of(subsidy, items.stream().map(Item::financed).toList());
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		BigDecimal payable = zero;
		BigDecimal withheld = zero;
		List<Line> lines = new ArrayList<>();
		for (int k = 0; k < items.size(); k++) {
			Item item = items.get(k);
			BigDecimal share = shares.get(k).setScale(2);
			// MADDE 15(4): a failed item's share is withheld, not redistributed
			boolean held = item.withheldReason() != null;
			lines.add(new Line(item.expenseItemId(), item.description(), item.financed(), share, held ? zero : share,
					held ? share : zero, item.withheldReason()));
			payable = held ? payable : payable.add(share);
			withheld = held ? withheld.add(share) : withheld;
		}
		DebtOffset.Result offset = DebtOffset.apply(payable, taxDebt, sgkDebt, limit);
		return new Result(subsidy, lines, payable, withheld, offset);
	}

}
