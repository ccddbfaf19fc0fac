package tr.destek.enterprise;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import tr.destek.programme.ParameterScope;
import tr.destek.programme.ParameterValue;
import tr.destek.programme.ProgrammeParameters;

/**
 * The KOBİ Yönetmeliği MADDE 5 limits in force on a date, read from the versioned
 * programme parameters of scope {@code KOBI} (the medium money limit was raised by the
 * 07/08/2025 amendment; the date decides which version applies).
 */
@Component
class KobiThresholds {

	private final ProgrammeParameters parameters;

	KobiThresholds(ProgrammeParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * @throws tr.destek.programme.ParameterNotDefinedException when no limits are in
	 * force on {@code asOf}
	 */
	SizeThresholds asOf(LocalDate asOf) {
		return new SizeThresholds(threshold(SizeClass.MICRO, "micro", asOf), threshold(SizeClass.SMALL, "small", asOf),
				threshold(SizeClass.MEDIUM, "medium", asOf));
	}

	private SizeThreshold threshold(SizeClass sizeClass, String prefix, LocalDate asOf) {
		ParameterValue employees = this.parameters.valueAsOf(ParameterScope.KOBI, prefix + ".employees-below", asOf);
		ParameterValue money = this.parameters.valueAsOf(ParameterScope.KOBI, prefix + ".money-limit", asOf);
		return new SizeThreshold(sizeClass, employees.asInteger(), employees.validFrom(), money.asDecimal(),
				money.validFrom());
	}

}
