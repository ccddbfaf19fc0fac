package tr.destek.kosgeb;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The parts of the application opened to the applicant for correction, until when, and
 * how many correction rounds there were: the unit's correction (7 days, MADDE 9(3)) and
 * the board's (MADDE 10(5), every part).
 */
@Embeddable
class CorrectionWindow {

	@Column(name = "correction_parts")
	private String correctionParts;

	@Column(name = "correction_deadline")
	private Instant correctionDeadline;

	@Column(name = "correction_round", nullable = false)
	private int correctionRound;

	/**
	 * The parts a proposal names; the window opens only when the proposal is approved.
	 */
	void name(Set<ApplicationPart> parts) {
		this.correctionParts = (parts != null) ? join(parts) : null;
	}

	/** Opens the named parts until {@code deadline}: a new round. */
	void open(Instant deadline) {
		this.correctionDeadline = deadline;
		this.correctionRound++;
	}

	void close() {
		this.correctionParts = null;
		this.correctionDeadline = null;
	}

	/** Whether the window had a deadline that passed before {@code now}. */
	boolean passed(Instant now) {
		return this.correctionDeadline != null && now.isAfter(this.correctionDeadline);
	}

	Set<ApplicationPart> parts() {
		if (this.correctionParts == null || this.correctionParts.isBlank()) {
			return EnumSet.noneOf(ApplicationPart.class);
		}
		return Arrays.stream(this.correctionParts.split(","))
			.map(ApplicationPart::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationPart.class)));
	}

	String partsText() {
		return this.correctionParts;
	}

	Instant deadline() {
		return this.correctionDeadline;
	}

	private static String join(Set<ApplicationPart> parts) {
		return parts.stream().sorted(Comparator.naturalOrder()).map(Enum::name).collect(Collectors.joining(","));
	}

}
