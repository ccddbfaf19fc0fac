package tr.destek.enterprise;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The figures the size class is computed from: employees (annual average), TL amounts.
 */
public record CompanyFigures(int employees, BigDecimal netSales, BigDecimal balanceSheetTotal) {

	public CompanyFigures {
		Objects.requireNonNull(netSales, "netSales");
		Objects.requireNonNull(balanceSheetTotal, "balanceSheetTotal");
		if (employees < 0 || netSales.signum() < 0 || balanceSheetTotal.signum() < 0) {
			throw new IllegalArgumentException("figures cannot be negative");
		}
	}

}
