package tr.destek.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of the legal interest rate (kanuni faiz, 3095 sayılı Kanun MADDE 1): the
 * yearly rate in percent, in force from {@code validFrom} until the next version starts.
 */
public record LegalInterestRate(LocalDate validFrom, BigDecimal annualPercent) {

	public LegalInterestRate {
		Objects.requireNonNull(validFrom, "validFrom");
		Objects.requireNonNull(annualPercent, "annualPercent");
	}

}
