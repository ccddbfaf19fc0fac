package tr.destek.programme.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import tr.destek.programme.ParameterUnit;

/**
 * A stored parameter value ready to show: the number for numeric units, the date for
 * dates, the raw text otherwise.
 */
public record ParameterValueView(String unit, String raw, BigDecimal number, LocalDate date) {

	static ParameterValueView of(ParameterUnit unit, String raw) {
		BigDecimal number = unit.isNumeric() ? new BigDecimal(raw) : null;
		LocalDate date = (unit == ParameterUnit.DATE) ? LocalDate.parse(raw) : null;
		return new ParameterValueView(unit.name(), raw, number, date);
	}

}
