package tr.destek.programme.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import tr.destek.programme.ParameterOverview;
import tr.destek.programme.ParameterUnit;
import tr.destek.programme.ParameterVersion;

/**
 * A parameter on the admin screens: what it is, the version in force on the date asked
 * for, the next scheduled version and the history (newest first).
 */
public record ParameterRow(String scope, String key, String unit, String description, VersionView inForce,
		VersionView next, List<VersionView> versions, LocalDate earliestNewValidFrom) {

	public int versionCount() {
		return this.versions.size();
	}

	static ParameterRow of(ParameterOverview overview, Locale locale) {
		ParameterUnit unit = overview.definition().parameterUnit();
		List<VersionView> versions = overview.versions()
			.stream()
			.map((version) -> VersionView.of(version, unit, state(overview, version)))
			.toList();
		ParameterVersion newest = overview.newest();
		return new ParameterRow(overview.definition().getScope(), overview.definition().getKey(), unit.name(),
				overview.definition().description(locale),
				VersionView.of(overview.inForce(), unit, VersionView.State.IN_FORCE),
				VersionView.of(overview.next(), unit, VersionView.State.SCHEDULED), versions,
				(newest != null) ? newest.getValidFrom().plusDays(1) : null);
	}

	private static VersionView.State state(ParameterOverview overview, ParameterVersion version) {
		if (overview.isInForce(version)) {
			return VersionView.State.IN_FORCE;
		}
		if (overview.inForce() == null || version.getValidFrom().isAfter(overview.inForce().getValidFrom())) {
			return VersionView.State.SCHEDULED;
		}
		return VersionView.State.SUPERSEDED;
	}

}
