package tr.destek.kosgeb;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * The digital transformation / maturity assessment report the application rests on (MADDE
 * 7(4), 8(1)): consultant organisation, report number, approval date, validity or roadmap
 * end date if any, maturity level.
 */
@Embeddable
public record MaturityReport(String consultant, String number, LocalDate approvalDate, LocalDate validUntil,
		String maturityLevel) {

	public boolean isComplete() {
		return notBlank(this.consultant) && notBlank(this.number) && this.approvalDate != null
				&& notBlank(this.maturityLevel);
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}

}
