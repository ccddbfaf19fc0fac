package tr.destek.monitoring.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import tr.destek.monitoring.VisitRecord;

/** The Destek Sonrası İzleme Formu FRM.34.00.11 as entered by the staff (MADDE 17(1)). */
class VisitFormData {

	@NotNull(message = "{monitoring.visit.date.required}")
	@PastOrPresent(message = "{monitoring.error.visit.future}")
	private LocalDate visitDate;

	@NotNull(message = "{monitoring.visit.assets.required}")
	private Boolean assetsInUse;

	@NotNull(message = "{monitoring.visit.employees.required}")
	@Min(value = 0, message = "{monitoring.visit.employees.range}")
	@Max(value = 1000000, message = "{monitoring.visit.employees.range}")
	private Integer employees;

	@NotBlank(message = "{monitoring.visit.level.required}")
	@Size(max = 100, message = "{monitoring.report.level.size}")
	private String maturityLevel;

	@NotBlank(message = "{monitoring.visit.findings.required}")
	@Size(max = 4000, message = "{monitoring.visit.findings.size}")
	private String findings;

	VisitRecord toRecord() {
		return new VisitRecord(this.visitDate, this.assetsInUse, this.employees, this.maturityLevel, this.findings);
	}

	public LocalDate getVisitDate() {
		return this.visitDate;
	}

	public void setVisitDate(LocalDate visitDate) {
		this.visitDate = visitDate;
	}

	public Boolean getAssetsInUse() {
		return this.assetsInUse;
	}

	public void setAssetsInUse(Boolean assetsInUse) {
		this.assetsInUse = assetsInUse;
	}

	public Integer getEmployees() {
		return this.employees;
	}

	public void setEmployees(Integer employees) {
		this.employees = employees;
	}

	public String getMaturityLevel() {
		return this.maturityLevel;
	}

	public void setMaturityLevel(String maturityLevel) {
		this.maturityLevel = maturityLevel;
	}

	public String getFindings() {
		return this.findings;
	}

	public void setFindings(String findings) {
		this.findings = findings;
	}

}
