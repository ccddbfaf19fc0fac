package tr.destek.enterprise;

import java.time.LocalDate;

/**
 * KOBİ Yönetmeliği MADDE 5: an enterprise belongs to the smallest class whose employee
 * limit it meets (fewer employees than the limit) <b>and</b> one of whose money limits it
 * meets (annual net sales <b>or</b> balance-sheet total at most the limit); an enterprise
 * meeting no class is large (not an SME). Pure: the thresholds come in as data.
 */
public final class SizeClassifier {

	private SizeClassifier() {
	}

	public static SizeClassification classify(CompanyFigures figures, SizeThresholds thresholds, LocalDate asOf) {
		for (SizeThreshold threshold : thresholds.ascending()) {
			if (figures.employees() < threshold.employeesBelow()) {
				if (figures.netSales().compareTo(threshold.moneyLimit()) <= 0) {
					return new SizeClassification(threshold.sizeClass(), SizeClassification.Basis.NET_SALES, figures,
							threshold, null, asOf);
				}
				if (figures.balanceSheetTotal().compareTo(threshold.moneyLimit()) <= 0) {
					return new SizeClassification(threshold.sizeClass(), SizeClassification.Basis.BALANCE_SHEET,
							figures, threshold, null, asOf);
				}
			}
		}
		SizeThreshold medium = thresholds.medium();
		SizeClassification.Basis basis = (figures.employees() >= medium.employeesBelow())
				? SizeClassification.Basis.LARGE_BY_EMPLOYEES : SizeClassification.Basis.LARGE_BY_AMOUNTS;
		return new SizeClassification(SizeClass.LARGE, basis, figures, medium, null, asOf);
	}

}
