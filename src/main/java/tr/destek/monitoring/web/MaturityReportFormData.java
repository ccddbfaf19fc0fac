package tr.destek.monitoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new digital maturity level the enterprise reports (MADDE 17(2)). */
class MaturityReportFormData {

	private long version;

	@NotBlank(message = "{monitoring.report.level.required}")
	@Size(max = 100, message = "{monitoring.report.level.size}")
	private String level;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getLevel() {
		return this.level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

}
