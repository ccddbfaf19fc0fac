package tr.destek.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to read programme parameters: the version in force on a date. Limits, rates
 * and durations are data with an effective date, never constants in code.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeParameters {

	private final ParameterVersionRepository versions;

	private final ParameterDefinitionRepository definitions;

	ProgrammeParameters(ParameterVersionRepository versions, ParameterDefinitionRepository definitions) {
		this.versions = versions;
		this.definitions = definitions;
	}

	/** The version of {@code scope/key} in force on {@code asOf}. */
	public ParameterValue valueAsOf(String scope, String key, LocalDate asOf) {
		ParameterVersion version = this.versions
			.findFirstByScopeAndKeyAndValidFromLessThanEqualOrderByValidFromDesc(scope, key, asOf)
			.orElseThrow(() -> new ParameterNotDefinedException(scope, key, asOf));
		String unit = this.definitions.findById(new ParameterDefinition.Id(scope, key))
			.map(ParameterDefinition::getUnit)
			.orElse("");
		return new ParameterValue(scope, key, version.getValue(), unit, version.getValidFrom(),
				version.getSourceArticle());
	}

	public BigDecimal decimal(String scope, String key, LocalDate asOf) {
		return valueAsOf(scope, key, asOf).asDecimal();
	}

	public int integer(String scope, String key, LocalDate asOf) {
		return valueAsOf(scope, key, asOf).asInteger();
	}

}
