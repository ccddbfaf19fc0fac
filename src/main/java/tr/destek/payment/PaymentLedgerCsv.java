package tr.destek.payment;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The payments ledger as CSV for spreadsheets in Turkey: UTF-8 with a byte order mark (so
 * Excel reads ç ğ ı İ ö ş ü), {@code ;} between fields, dates as dd.MM.yyyy, amounts with
 * two decimals and a decimal comma, no thousands separator; fields quoted when needed.
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
		StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
		for (Payment p : rows) {
			csv.append(String.join(";", p.getApprovedOn().format(DATE), String.valueOf(p.getRequestId()),
					String.format(java.util.Locale.ROOT, "%02d", p.getProvinceCode()), text(p.getEnterpriseTaxNumber()),
					text(p.getEnterpriseTitle()), text(p.getBankName()), String.valueOf(p.getLoanId()),
					String.valueOf(p.getQuarterNumber()), p.getDueDate().format(DATE), amount(p.getQuarterSubsidy()),
					amount(p.getWithheld()), amount(p.getPayable()), amount(p.getPaidToTaxOffice()),
					amount(p.getPaidToSgk()), amount(p.getPaidToEnterprise()), text(p.getApprovedBy())))
				.append("\r\n");
		}
		return csv.toString();
	}

	static String amount(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	/** Quotes a field holding ; " or a line break; neutralises spreadsheet formulas. */
	static String text(String value) {
		String text = (value == null) ? "" : value;
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
