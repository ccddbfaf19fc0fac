package tr.destek.programme.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import tr.destek.platform.DestekTime;
import tr.destek.programme.ParameterUnit;
import tr.destek.programme.ParameterVersion;

/**
 * One version of a parameter as the admin screens show it, with its state on the date
 * asked for.
 */
public record VersionView(Long id, ParameterValueView value, LocalDate validFrom, String sourceArticle, String note,
		ZonedDateTime createdAt, String createdBy, State state) {

	/** Where a version stands on the date asked for. */
	public enum State {

		/** Starts after the date. */
		SCHEDULED,
		/** In force on the date. */
		IN_FORCE,
		/** Replaced by a later version before the date. */
		SUPERSEDED

	}

	static VersionView of(ParameterVersion version, ParameterUnit unit, State state) {
		if (version == null) {
			return null;
		}
		return new VersionView(version.getId(), ParameterValueView.of(unit, version.getValue()), version.getValidFrom(),
				version.getSourceArticle(), version.getNote(), version.getCreatedAt().atZone(DestekTime.ZONE),
				version.getCreatedBy(), state);
	}

}
