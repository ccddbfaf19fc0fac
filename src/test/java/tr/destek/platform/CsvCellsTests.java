package tr.destek.platform;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV cells are neutralised against formula injection (issue #9, OWASP "CSV Injection"):
 * a text cell starting with = + - @ TAB or CR gets a leading single quote; numbers
 * written as numbers (a negative amount) stay numbers.
 */
class CsvCellsTests {

	@Test
	void aTextCellStartingWithAFormulaCharacterIsPrefixedWithAQuote() {
		assertThat(CsvCells.text("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(CsvCells.text("+90 555")).isEqualTo("'+90 555");
		assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvCells.text("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(CsvCells.text("\r=1+1")).isEqualTo("\"'\r=1+1\"");
	}

	@Test
	void ordinaryTextIsKept_andQuotedOnlyWhenItHoldsASeparatorQuoteOrLineBreak() {
		assertThat(CsvCells.text("Çağ Yazılım A.Ş.")).isEqualTo("Çağ Yazılım A.Ş.");
		assertThat(CsvCells.text("a;b")).isEqualTo("\"a;b\"");
		assertThat(CsvCells.text("a\nb")).isEqualTo("\"a\nb\"");
		assertThat(CsvCells.text(null)).isEmpty();
		assertThat(CsvCells.text("")).isEmpty();
		assertThat(CsvCells.text("1234567890")).isEqualTo("1234567890");
	}

	@Test
	void negativeAmountsWrittenAsNumbersStayNumbers_theSameTextAsATextCellIsNeutralised() {
		assertThat(CsvCells.amount(new BigDecimal("-1250.5"))).isEqualTo("-1250,50");
		assertThat(CsvCells.amount(new BigDecimal("6000"))).isEqualTo("6000,00");
		assertThat(CsvCells.number(-3)).isEqualTo("-3");
		assertThat(CsvCells.text("-1250,50")).isEqualTo("'-1250,50");
	}

	@Test
	void aRowJoinsItsCellsWithSemicolons() {
		assertThat(CsvCells.row(CsvCells.text("=x"), CsvCells.amount(new BigDecimal("-1")))).isEqualTo("'=x;-1,00");
	}

}
