package tr.destek.credit;

import java.time.LocalDate;
import java.util.Locale;

import tr.destek.programme.ProgrammeParameters;

/**
 * The two texts of MADDE 15(4); which one applies depends on the loan's disbursement
 * date.
 */
public enum SubsidyFormula {

	/**
	 * Before 29/11/2024:
	 * {@code Destek Puanı × Vadeye Ait Ödenen Faiz Tutarı / Yıllık Faiz
	 * Oranı} — see {@link LegacyInterestSubsidyCalculator}.
	 */
	INTEREST_PAID_RATIO,

	/**
	 * Since 29/11/2024: from loan amount, term and support points with the Destek
	 * Hesaplama Tablosu (TAB.34.00.04) — see {@link InterestSubsidyCalculator}.
	 */
	LOAN_TERM_SUPPORT_POINTS;

	/**
	 * The formula for a loan disbursed on {@code disbursementDate}: the
	 * {@value KosgebLoanParameters#SUBSIDY_FORMULA} parameter in force on that date, or,
	 * where none is defined, the switch date of the 29/11/2024 amendment of MADDE 15(4).
	 */
	public static SubsidyFormula forDisbursementDate(LocalDate disbursementDate, ProgrammeParameters parameters) {
		return KosgebLoanParameters.formulaName(parameters, disbursementDate)
			.map(name -> SubsidyFormula.valueOf(name.trim().toUpperCase(Locale.ROOT)))
			.orElseGet(() -> disbursementDate.isBefore(KosgebLoanParameters.CURRENT_FORMULA_SINCE) ? INTEREST_PAID_RATIO
					: LOAN_TERM_SUPPORT_POINTS);
	}

}
