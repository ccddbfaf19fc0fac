package tr.destek.payment;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

import tr.destek.platform.CsvCells;

/**
 * The payments ledger as CSV for spreadsheets in Turkey: UTF-8 with a byte order mark (so
 * Excel reads ç ğ ı İ ö ş ü), {@code ;} between fields, dates as dd.MM.yyyy, amounts with
 * two decimals and a decimal comma, no thousands separator; cells written by
 * {@link CsvCells} (text cells neutralised against formulas, amounts kept as numbers).
 */
public final class PaymentLedgerCsv {

	static final String BOM = "\uFEFF";

	static final String HEADER = "Onay tarihi;Ödeme talebi;İl;VKN;İşletme;Banka;Kredi;Dönem;Vade;Dönem desteği;"
			+ "Tutulan;Ödenecek;Vergi dairesine;SGK'ya;İşletmeye;Onaylayan";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private PaymentLedgerCsv() {
	}

	/** Sums of the ledger rows. */
	public record Totals(BigDecimal subsidy, BigDecimal withheld, BigDecimal toTaxOffice, BigDecimal toSgk,
			BigDecimal toEnterprise) {
	}

	public static Totals totals(List<Payment> rows) {
		BigDecimal subsidy = BigDecimal.ZERO.setScale(2);
		BigDecimal withheld = BigDecimal.ZERO.setScale(2);
		BigDecimal tax = BigDecimal.ZERO.setScale(2);
		BigDecimal sgk = BigDecimal.ZERO.setScale(2);
		BigDecimal enterprise = BigDecimal.ZERO.setScale(2);
		for (Payment p : rows) {
			subsidy = subsidy.add(p.getQuarterSubsidy());
			withheld = withheld.add(p.getWithheld());
			tax = tax.add(p.getPaidToTaxOffice());
			sgk = sgk.add(p.getPaidToSgk());
			enterprise = enterprise.add(p.getPaidToEnterprise());
		}
		return new Totals(subsidy, withheld, tax, sgk, enterprise);
	}

	public static String write(List<Payment> rows) {
		StringBuilder csv = new StringBuilder(BOM).append(HEADER).append(CsvCells.LINE_END);
		for (Payment p : rows) {
			csv.append(CsvCells.row(p.getApprovedOn().format(DATE), String.valueOf(p.getRequestId()),
					String.format(java.util.Locale.ROOT, "%02d", p.getProvinceCode()),
					CsvCells.text(p.getEnterpriseTaxNumber()), CsvCells.text(p.getEnterpriseTitle()),
					CsvCells.text(p.getBankName()), String.valueOf(p.getLoanId()),
					CsvCells.number(p.getQuarterNumber()), p.getDueDate().format(DATE), amount(p.getQuarterSubsidy()),
					amount(p.getWithheld()), amount(p.getPayable()), amount(p.getPaidToTaxOffice()),
					amount(p.getPaidToSgk()), amount(p.getPaidToEnterprise()), CsvCells.text(p.getApprovedBy())))
				.append(CsvCells.LINE_END);
		}
		return csv.toString();
	}

	/**
	 * An amount as a number cell (never neutralised: a negative amount stays a number).
	 */
	static String amount(BigDecimal value) {
		return CsvCells.amount(value);
	}

}
