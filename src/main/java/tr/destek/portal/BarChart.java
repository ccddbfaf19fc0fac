package tr.destek.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small bar chart drawn by the server as SVG (no script, no inline style: the CSP
 * allows neither): one bar per period, heights scaled to the largest value. Coordinates
 * are in the chart's own units ({@link #VIEW_BOX}); the SVG scales to its container.
 *
 * @param bars one bar per value, in the order given
 * @param max the largest value (at least 1, so an empty chart has a scale)
 * @param total the sum of the values
 */
record BarChart(List<Bar> bars, long max, long total) {

	static final int WIDTH = 320;

	static final int HEIGHT = 140;

	static final int TOP = 18;

	static final int BOTTOM = 118;

	static final int LEFT = 8;

	static final String VIEW_BOX = "0 0 " + WIDTH + " " + HEIGHT;

	/** One period: its first day, its value and where its bar stands. */
	record Bar(LocalDate start, long value, int x, int y, int width, int height, int labelX) {
	}

	/** One period's value. */
	record Value(LocalDate start, long value) {
	}

	static BarChart of(List<Value> values) {
		long max = Math.max(1, values.stream().mapToLong(Value::value).max().orElse(0));
		long total = values.stream().mapToLong(Value::value).sum();
		int slot = (values.isEmpty()) ? WIDTH : (WIDTH - 2 * LEFT) / values.size();
		int width = Math.max(4, slot - 8);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			Value value = values.get(i);
			int height = (int) Math.round((BOTTOM - TOP) * (double) value.value() / max);
			int x = LEFT + i * slot + (slot - width) / 2;
			bars.add(new Bar(value.start(), value.value(), x, BOTTOM - height, width, height, x + width / 2));
		}
		return new BarChart(bars, max, total);
	}

	public String viewBox() {
		return VIEW_BOX;
	}

	public int bottom() {
		return BOTTOM;
	}

	public int right() {
		return WIDTH - LEFT;
	}

	public int labelY() {
		return BOTTOM + 14;
	}

}
