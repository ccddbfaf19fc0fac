package tr.destek.enterprise;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the enterprise's fiscal years (the size figures of the KOBİ Yönetmeliği),
 * applied to the enterprise's own list: one entry per year, no year in the future, no
 * negative figures, and which year decides the size class on a date.
 */
final class FiscalYears {

	static final int FIRST_FISCAL_YEAR = 1900;

	private final Enterprise enterprise;

	private final List<EnterpriseFiscalYear> years;

	FiscalYears(Enterprise enterprise, List<EnterpriseFiscalYear> years) {
		this.enterprise = enterprise;
		this.years = years;
	}

	/**
	 * Adds the figures of a fiscal year, or replaces them when the year was entered
	 * before. A year after the current one cannot have figures yet.
	 */
	EnterpriseFiscalYear save(FiscalYearFigures figures, LocalDate today) {
		if (figures.year() > today.getYear() || figures.year() < FIRST_FISCAL_YEAR) {
			throw new InvalidEnterpriseChangeException("year", "enterprise.fiscalYear.year.range",
					String.valueOf(FIRST_FISCAL_YEAR), String.valueOf(today.getYear()));
		}
		if (figures.employees() < 0) {
			throw new InvalidEnterpriseChangeException("employees", "enterprise.number.negative");
		}
		if (figures.netSales() == null || figures.netSales().signum() < 0) {
			throw new InvalidEnterpriseChangeException("netSales", "enterprise.number.negative");
		}
		if (figures.balanceSheetTotal() == null || figures.balanceSheetTotal().signum() < 0) {
			throw new InvalidEnterpriseChangeException("balanceSheetTotal", "enterprise.number.negative");
		}
		Optional<EnterpriseFiscalYear> existing = year(figures.year());
		if (existing.isPresent()) {
			existing.get().apply(figures);
			return existing.get();
		}
		EnterpriseFiscalYear year = new EnterpriseFiscalYear(this.enterprise, figures);
		this.years.add(year);
		return year;
	}

	/**
	 * The fiscal year whose figures decide the size class on {@code date}: the latest
	 * year before the date's year when there is one (the last closed accounting period),
	 * else the date's own year if entered.
	 */
	Optional<EnterpriseFiscalYear> forSizeClassOn(LocalDate date) {
		int year = date.getYear();
		Optional<EnterpriseFiscalYear> closed = this.years.stream()
			.filter(y -> y.getYear() < year)
			.max(Comparator.comparingInt(EnterpriseFiscalYear::getYear));
		return closed.isPresent() ? closed : year(year);
	}

	Optional<EnterpriseFiscalYear> year(int year) {
		return this.years.stream().filter(y -> y.getYear() == year).findFirst();
	}

	/** Latest first. */
	List<EnterpriseFiscalYear> latestFirst() {
		return this.years.stream().sorted(Comparator.comparingInt(EnterpriseFiscalYear::getYear).reversed()).toList();
	}

}
