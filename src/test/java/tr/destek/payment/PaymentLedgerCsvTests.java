package tr.destek.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tr.destek.credit.ExpenseItemSubsidySplitter;

import static org.assertj.core.api.Assertions.assertThat;

/** The payments ledger CSV neutralises formulas in its text cells (issue #9). */
class PaymentLedgerCsvTests {

	@Test
	void textCellsStartingWithAFormulaCharacterOrTabOrCrAreNeutralised_amountsStayNumbers() {
		LocalDate day = LocalDate.of(2026, 11, 2);
		PaymentRequest request = new PaymentRequest("KOSGEB", 1L, 2L, (short) 40, 3L, 1, day, day,
				Instant.parse("2026-11-02T09:00:00Z"), "basvuru@example.com.tr");
		PaymentCalculation.Result result = PaymentCalculation.calculate(new BigDecimal("1000.00"),
				List.of(new PaymentCalculation.Item(7L, "ERP", new BigDecimal("100.00"), null)),
				new ExpenseItemSubsidySplitter()::shares, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("5000"));
		Payment payment = new Payment(request, "\t=HYPERLINK(\"http://kotu\")", "1234567890", "\r@SUM(1)", result,
				new BigDecimal("5000"), day, Instant.parse("2026-11-02T10:00:00Z"), "-mudur@kosgeb.gov.tr");

		String body = PaymentLedgerCsv.write(List.of(payment));

		// quoted because of the quotes and the CR inside; the quote prefix neutralises
		assertThat(body).contains(";\"'\t=HYPERLINK(\"\"http://kotu\"\")\";");
		assertThat(body).contains(";\"'\r@SUM(1)\";");
		assertThat(body).endsWith(";'-mudur@kosgeb.gov.tr\r\n");
		assertThat(body).contains(";1000,00;");
	}

}
