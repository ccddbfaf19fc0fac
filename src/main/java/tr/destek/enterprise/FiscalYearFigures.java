package tr.destek.enterprise;

import java.math.BigDecimal;

/**
 * The figures of one fiscal year as the applicant enters them: employees (annual
 * average), net sales, balance-sheet total (KOBİ size class) and operating profit and
 * equity (KOSGEB UE MADDE 7(6), which may be negative or not yet known).
 */
public record FiscalYearFigures(int year, int employees, BigDecimal netSales, BigDecimal balanceSheetTotal,
		BigDecimal operatingProfit, BigDecimal equity) {

}
