package tr.destek.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

import tr.destek.platform.InvalidInputException;

/**
 * Destek puanı: the subsidised rate in % a year (20 puan = 20 % a year = 0.20), set by
 * the Presidency; the value valid on the disbursement date applies. MADDE 6(3).
 *
 * @param percentPerYear the points, e.g. {@code 20}
 * @param validFrom the date the parameter version holds from, or {@code null} when the
 * user entered the points
 * @param sourceArticle where the parameter version comes from, or {@code null} when
 * entered
 */
public record SupportPoints(BigDecimal percentPerYear, LocalDate validFrom, String sourceArticle) {

	public SupportPoints {
		if (percentPerYear == null) {
			throw new InvalidInputException("supportPoints", "credit.error.supportPoints.required");
		}
		if (percentPerYear.signum() <= 0) {
			throw new InvalidInputException("supportPoints", "credit.error.supportPoints.positive");
		}
		if (percentPerYear.compareTo(KosgebLoanParameters.hundred()) > 0) {
			throw new InvalidInputException("supportPoints", "credit.error.supportPoints.max");
		}
	}

	/** Points entered by a user (calculator, bank schedule). */
	public static SupportPoints entered(BigDecimal percentPerYear) {
		return new SupportPoints(percentPerYear, null, null);
	}

	static SupportPoints fromParameter(BigDecimal percentPerYear, LocalDate validFrom, String sourceArticle) {
		return new SupportPoints(percentPerYear, validFrom, sourceArticle);
	}

	/** The annual rate as an exact decimal: 20 → 0.20. */
	public BigDecimal annualRate() {
		return this.percentPerYear.movePointLeft(2);
	}

	/** True when the value came from the programme parameters. */
	public boolean fromParameters() {
		return this.validFrom != null;
	}

}
