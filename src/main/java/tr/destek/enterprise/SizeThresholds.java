package tr.destek.enterprise;

import java.util.List;

/** The micro, small and medium limits in force on one date, smallest class first. */
public record SizeThresholds(SizeThreshold micro, SizeThreshold small, SizeThreshold medium) {

	public SizeThresholds {
		if (micro.sizeClass() != SizeClass.MICRO || small.sizeClass() != SizeClass.SMALL
				|| medium.sizeClass() != SizeClass.MEDIUM) {
			throw new IllegalArgumentException("thresholds must be given as micro, small, medium");
		}
	}

	public List<SizeThreshold> ascending() {
		return List.of(this.micro, this.small, this.medium);
	}

}
