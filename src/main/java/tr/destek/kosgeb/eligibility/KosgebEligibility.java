package tr.destek.kosgeb.eligibility;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.kosgeb.eligibility.EligibilityParameters.TransitionalReportWindow;
import tr.destek.programme.ParameterNotDefinedException;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ProgrammeParameters;

/**
 * Evaluates the KOSGEB SME Digital Transformation eligibility rules with the parameter
 * versions in force on the application date (scope {@code KOSGEB_DT}), and periods
 * counted by the calendar (MADDE 18(13), (14)).
 */
@Component
public class KosgebEligibility {

	static final String MIN_AMOUNT = "loan.min-amount";

	static final String MAX_AMOUNT = "loan.max-amount";

	static final String REPORT_VALIDITY_YEARS = "eligibility.report-validity-years";

	static final String TRANSITIONAL_FROM = "transitional.report-dated-from";

	static final String TRANSITIONAL_UNTIL = "transitional.report-dated-until";

	static final String TRANSITIONAL_APPLY_UNTIL = "transitional.apply-until";

	private final ProgrammeParameters parameters;

	private final EligibilityRules rules;

	KosgebEligibility(ProgrammeParameters parameters, DeadlineCalendar calendar) {
		this.parameters = parameters;
		// MADDE 18(13): a period's last day on a weekend or official holiday moves to the
		// next working day; the application is an electronic act
		this.rules = new EligibilityRules(ExcludedActivities.load(),
				(start, years) -> calendar.deadline(start, years, PeriodUnit.YEARS, Delivery.ELECTRONIC).endDate());
	}

	public EligibilityReport evaluate(EligibilityFacts facts) {
		return this.rules.evaluate(facts, parametersAsOf(facts.applicationDate()));
	}

	/**
	 * The parameters the rules use, in the versions in force on {@code applicationDate}.
	 */
	public EligibilityParameters parametersAsOf(LocalDate applicationDate) {
		String scope = ParameterScope.KOSGEB_DT;
		return new EligibilityParameters(this.parameters.decimal(scope, MIN_AMOUNT, applicationDate),
				this.parameters.decimal(scope, MAX_AMOUNT, applicationDate),
				this.parameters.integer(scope, REPORT_VALIDITY_YEARS, applicationDate), transitional(applicationDate));
	}

	/**
	 * Geçici Madde 1, when it is in force on {@code applicationDate} (from 24/09/2024).
	 */
	private TransitionalReportWindow transitional(LocalDate applicationDate) {
		String scope = ParameterScope.KOSGEB_DT;
		try {
			return new TransitionalReportWindow(
					LocalDate.parse(this.parameters.valueAsOf(scope, TRANSITIONAL_FROM, applicationDate).value()),
					LocalDate.parse(this.parameters.valueAsOf(scope, TRANSITIONAL_UNTIL, applicationDate).value()),
					LocalDate
						.parse(this.parameters.valueAsOf(scope, TRANSITIONAL_APPLY_UNTIL, applicationDate).value()));
		}
		catch (ParameterNotDefinedException ex) {
			return null;
		}
	}

}
