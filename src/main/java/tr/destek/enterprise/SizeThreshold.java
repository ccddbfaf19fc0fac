package tr.destek.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One class's limits in force on a date (KOBİ Yönetmeliği MADDE 5): fewer than
 * {@code employeesBelow} employees, and annual net sales <b>or</b> balance-sheet total of
 * at most {@code moneyLimit} TL; with the dates from which each limit holds.
 */
public record SizeThreshold(SizeClass sizeClass, int employeesBelow, LocalDate employeesValidFrom,
		BigDecimal moneyLimit, LocalDate moneyLimitValidFrom) {

	/** The date from which this pair of limits holds together: the later of the two. */
	public LocalDate validFrom() {
		return this.employeesValidFrom.isAfter(this.moneyLimitValidFrom) ? this.employeesValidFrom
				: this.moneyLimitValidFrom;
	}

}
