package tr.destek.kosgeb.eligibility;

import java.math.BigDecimal;

/**
 * The figures of one fiscal year that MADDE 7(6) looks at.
 *
 * @param year the fiscal (calendar) year
 * @param operatingProfit "Faaliyet Kârı", {@code null} when not entered
 * @param equity "Öz Kaynaklar Toplamı", {@code null} when not entered
 */
public record FiscalYearFact(int year, BigDecimal operatingProfit, BigDecimal equity) {
}
