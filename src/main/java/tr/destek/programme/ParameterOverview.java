package tr.destek.programme;

import java.util.List;

/**
 * A parameter as the admin list shows it: what it is, the version in force on the date
 * asked for ({@code null} when none is), the next version already scheduled after that
 * date ({@code null} when none is) and all versions, newest first.
 */
public record ParameterOverview(ParameterDefinition definition, ParameterVersion inForce, ParameterVersion next,
		List<ParameterVersion> versions) {

	public int versionCount() {
		return this.versions.size();
	}

	/** Whether {@code version} is the one in force on the date asked for. */
	public boolean isInForce(ParameterVersion version) {
		return this.inForce != null && this.inForce.getId().equals(version.getId());
	}

	/** The newest version (the one a new version must start after), or {@code null}. */
	public ParameterVersion newest() {
		return this.versions.isEmpty() ? null : this.versions.get(0);
	}

}
