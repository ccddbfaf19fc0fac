package tr.destek.loan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a bank enters as the allocation (tahsis, MADDE 14(3)(b)): the allocated amount in
 * TL (MADDE 15(13)) and, per approved expense item id, the part of the loan financing it.
 */
public record AllocationCommand(BigDecimal amount, String currency, Map<Long, BigDecimal> items) {

	public AllocationCommand {
		items = (items != null) ? new LinkedHashMap<>(items) : new LinkedHashMap<>();
	}

}
