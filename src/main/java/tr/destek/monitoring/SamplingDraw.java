package tr.destek.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Random;

/**
 * The reproducible random choice of the sampling for post-support monitoring (MADDE
 * 17(1)). Each eligible application is drawn once, on its own: a {@code seed} (a random
 * 64-bit number, recorded with the result) feeds {@link java.util.Random}, whose
 * algorithm is fixed by the Java specification, and its first {@code nextDouble()} is the
 * draw, a number in [0, 1). The application is sampled when {@code draw × 100 < rate},
 * the sampling rate in percent in force on the day of the draw. Anyone can repeat the
 * draw from the recorded seed; each application has the same chance, whatever the size of
 * the batch it became eligible with.
 *
 * @param seed the recorded seed
 * @param ratePercent the sampling rate applied (percent)
 * @param draw the number drawn, to 6 decimals for the record
 * @param selected whether the application is sampled
 */
public record SamplingDraw(long seed, BigDecimal ratePercent, BigDecimal draw, boolean selected) {

	public SamplingDraw {
		Objects.requireNonNull(ratePercent, "ratePercent");
	}

	public static SamplingDraw of(long seed, BigDecimal ratePercent) {
		double value = new Random(seed).nextDouble();
		boolean selected = BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(100)).compareTo(ratePercent) < 0;
		return new SamplingDraw(seed, ratePercent, BigDecimal.valueOf(value).setScale(6, RoundingMode.DOWN), selected);
	}

	/** A readable reason for the record, e.g. {@code draw 0.073412 < 10 % → sampled}. */
	public String reason() {
		return "seed " + this.seed + ": draw " + this.draw.toPlainString() + (this.selected ? " < " : " ≥ ")
				+ this.ratePercent.stripTrailingZeros().toPlainString() + " % (MADDE 17(1)) → "
				+ (this.selected ? "sampled" : "not sampled");
	}

}
