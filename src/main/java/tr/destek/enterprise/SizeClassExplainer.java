package tr.destek.enterprise;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tr.destek.platform.MoneyFormat;

/**
 * Writes the reason for a size class in the user's language, naming the figures, the
 * limits used and the date from which those limits hold (KOBİ Yönetmeliği MADDE 5).
 */
@Component
public class SizeClassExplainer {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

	private final MessageSource messages;

	public SizeClassExplainer(MessageSource messages) {
		this.messages = messages;
	}

	public String reason(SizeClassification classification, Locale locale) {
		if (classification.basis() == SizeClassification.Basis.NO_THRESHOLDS) {
			return this.messages.getMessage("enterprise.size.reason.no-thresholds",
					new Object[] { DATE.format(classification.asOf()) }, locale);
		}
		if (!classification.isKnown()) {
			int year = classification.asOf().getYear() - 1;
			return this.messages.getMessage("enterprise.size.reason.unknown", new Object[] { String.valueOf(year) },
					locale);
		}
		CompanyFigures figures = classification.figures();
		SizeThreshold threshold = classification.threshold();
		String className = this.messages.getMessage(classification.sizeClass().messageKey(), null, locale);
		String employees = String.valueOf(figures.employees());
		String limit = String.valueOf(threshold.employeesBelow());
		String netSales = MoneyFormat.format(figures.netSales(), locale);
		String balanceSheet = MoneyFormat.format(figures.balanceSheetTotal(), locale);
		String moneyLimit = MoneyFormat.format(threshold.moneyLimit(), locale);
		String validFrom = DATE.format(threshold.validFrom());
		String reason = switch (classification.basis()) {
			case NET_SALES -> this.messages.getMessage("enterprise.size.reason.net-sales",
					new Object[] { className, employees, limit, netSales, moneyLimit, validFrom }, locale);
			case BALANCE_SHEET -> this.messages.getMessage("enterprise.size.reason.balance-sheet",
					new Object[] { className, employees, limit, balanceSheet, moneyLimit, netSales, validFrom },
					locale);
			case LARGE_BY_EMPLOYEES -> this.messages.getMessage("enterprise.size.reason.large-employees",
					new Object[] { className, employees, limit, validFrom }, locale);
			case LARGE_BY_AMOUNTS -> this.messages.getMessage("enterprise.size.reason.large-amounts",
					new Object[] { className, employees, limit, netSales, balanceSheet, moneyLimit, validFrom },
					locale);
			case NO_FIGURES, NO_THRESHOLDS -> throw new IllegalStateException("unknown classification has no figures");
		};
		if (classification.fiscalYear() != null) {
			return this.messages.getMessage("enterprise.size.reason.fiscal-year",
					new Object[] { String.valueOf(classification.fiscalYear()), reason }, locale);
		}
		return reason;
	}

}
