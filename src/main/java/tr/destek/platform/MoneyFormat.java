package tr.destek.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Money as users read it: {@code 1.234.567,89 TL} for Turkish users,
 * {@code 1,234,567.89 TL} in English. Used in templates as
 * {@code ${@money.format(amount)}}.
 */
@Component("money")
public class MoneyFormat {

	public String format(BigDecimal amount) {
		return format(amount, LocaleContextHolder.getLocale());
	}

	public static String format(BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		boolean english = "en".equals(locale.getLanguage());
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator(english ? ',' : '.');
		symbols.setDecimalSeparator(english ? '.' : ',');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(amount) + " TL";
	}

	/** A plain number in the user's notation, without currency (for counts, rates). */
	public String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator(english ? ',' : '.');
		symbols.setDecimalSeparator(english ? '.' : ',');
		DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
		return format.format(value);
	}

}
