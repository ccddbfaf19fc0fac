package tr.destek.credit.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tr.destek.credit.InterestSubsidySchedule;
import tr.destek.credit.SubsidyQuarter;

/**
 * A bar chart of the schedule drawn on the server as SVG (no script, CSP-safe): one bar
 * per quarter, the interest (the subsidy) at the bottom and the principal stacked on it.
 * Coordinates are strings in SVG user units.
 */
record ScheduleChart(String viewBox, String plotTop, String plotBottom, String plotRight, String labelY,
		BigDecimal maxPayment, List<Bar> bars) {

	static final int TOP = 24;

	static final int PLOT_HEIGHT = 200;

	static final int LEFT = 8;

	static final int SLOT = 44;

	static final int BAR = 28;

	record Bar(SubsidyQuarter quarter, String x, String width, String labelX, String interestY, String interestHeight,
			String principalY, String principalHeight) {
	}

	static ScheduleChart of(InterestSubsidySchedule schedule) {
		BigDecimal max = schedule.largestPayment();
		List<Bar> bars = new ArrayList<>();
		int bottom = TOP + PLOT_HEIGHT;
		for (SubsidyQuarter q : schedule.quarters()) {
			int index = q.number() - 1;
			double x = LEFT + index * SLOT + (SLOT - BAR) / 2.0;
			double interestHeight = scaled(q.interest(), max);
			double principalHeight = scaled(q.principal(), max);
			double interestY = bottom - interestHeight;
			double principalY = interestY - principalHeight;
			bars.add(new Bar(q, unit(x), unit(BAR), unit(x + BAR / 2.0), unit(interestY), unit(interestHeight),
					unit(principalY), unit(principalHeight)));
		}
		int width = LEFT * 2 + SLOT * schedule.quarters().size();
		int height = bottom + 20;
		return new ScheduleChart("0 0 " + width + " " + height, unit(TOP), unit(bottom), unit(width - LEFT),
				unit(bottom + 15), max, bars);
	}

	private static double scaled(BigDecimal amount, BigDecimal max) {
		if (max.signum() == 0) {
			return 0;
		}
		return amount.multiply(BigDecimal.valueOf(PLOT_HEIGHT)).divide(max, MathContext.DECIMAL64).doubleValue();
	}

	private static String unit(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
