package tr.destek.kosgeb.web;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.MaturityReport;

/**
 * The digital maturity assessment report's details (MADDE 7(4), 8(1)). A draft may be
 * saved incomplete; submission needs every field but the validity date.
 */
public class ReportFormData {

	private long version;

	@Size(max = 250, message = "{kosgeb.field.too-long}")
	private String consultant;

	@Size(max = 60, message = "{kosgeb.field.too-long}")
	private String number;

	private LocalDate approvalDate;

	private LocalDate validUntil;

	@Size(max = 60, message = "{kosgeb.field.too-long}")
	private String maturityLevel;

	static ReportFormData of(KosgebApplication application) {
		ReportFormData form = new ReportFormData();
		MaturityReport report = application.report();
		form.version = application.getVersion();
		form.consultant = report.consultant();
		form.number = report.number();
		form.approvalDate = report.approvalDate();
		form.validUntil = report.validUntil();
		form.maturityLevel = report.maturityLevel();
		return form;
	}

	MaturityReport toReport() {
		return new MaturityReport(trim(this.consultant), trim(this.number), this.approvalDate, this.validUntil,
				trim(this.maturityLevel));
	}

	@AssertTrue(message = "{kosgeb.report.validUntil.before-approval}")
	public boolean isValidUntilAfterApproval() {
		return this.approvalDate == null || this.validUntil == null || !this.validUntil.isBefore(this.approvalDate);
	}

	static String trim(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getConsultant() {
		return this.consultant;
	}

	public void setConsultant(String consultant) {
		this.consultant = consultant;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public LocalDate getApprovalDate() {
		return this.approvalDate;
	}

	public void setApprovalDate(LocalDate approvalDate) {
		this.approvalDate = approvalDate;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public String getMaturityLevel() {
		return this.maturityLevel;
	}

	public void setMaturityLevel(String maturityLevel) {
		this.maturityLevel = maturityLevel;
	}

}
