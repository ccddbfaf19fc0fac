package tr.destek.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tr.destek.credit.ExpenseItemSubsidySplitter;

/**
 * The maths of an Ödeme Oluru (MADDE 15(4),(5),(7)): the quarter's subsidy from the
 * loan's stored schedule is split over the financed expense items
 * ({@link ExpenseItemSubsidySplitter}); an item whose latest inspection failed has its
 * share withheld with the reason kept, not redistributed (MADDE 15(4)); what is payable
 * then goes first to the tax office / SGK for a debt above the limit and the rest to the
 * enterprise ({@link DebtOffset}, MADDE 15(7),(8)).
 */
public final class PaymentCalculation {

	private static final ExpenseItemSubsidySplitter SPLITTER = new ExpenseItemSubsidySplitter();

	private PaymentCalculation() {
	}

	/**
	 * An item financed by the loan and, when its share is to be withheld, why.
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

	public static Result calculate(BigDecimal quarterSubsidy, List<Item> items, BigDecimal taxDebt, BigDecimal sgkDebt,
			BigDecimal limit) {
		List<ExpenseItemSubsidySplitter.FinancedItem> financed = items.stream()
			.map(i -> new ExpenseItemSubsidySplitter.FinancedItem(i.description(), i.financed(),
					i.withheldReason() != null))
			.toList();
		ExpenseItemSubsidySplitter.Split split = SPLITTER.split(quarterSubsidy, financed);
		List<Line> lines = new ArrayList<>();
		for (int k = 0; k < items.size(); k++) {
			Item item = items.get(k);
			ExpenseItemSubsidySplitter.ItemShare share = split.shares().get(k);
			lines.add(new Line(item.expenseItemId(), item.description(), item.financed(), share.share(),
					share.payable(), share.withheld(), item.withheldReason()));
		}
		DebtOffset.Result offset = DebtOffset.apply(split.payable(), taxDebt, sgkDebt, limit);
		return new Result(split.subsidy(), lines, split.payable(), split.withheld(), offset);
	}

}
