package tr.destek.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the enterprise must pay back when its programme is terminated (MADDE 17(6)) or a
 * payment was wrong or undue (MADDE 18(6)): each payment with its legal interest up to
 * {@code refundDate}. With force majeure or a similar cause accepted by the board nothing
 * is reclaimed ({@code waived}, all totals zero).
 */
public record RefundStatement(LocalDate refundDate, boolean waived, List<RefundLine> lines, BigDecimal principal,
		BigDecimal interest, BigDecimal total) {

	public static RefundStatement waived(LocalDate refundDate) {
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		return new RefundStatement(refundDate, true, List.of(), zero, zero, zero);
	}

}
