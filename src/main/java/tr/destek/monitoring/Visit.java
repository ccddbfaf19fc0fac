package tr.destek.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A post-support monitoring visit recorded on the Destek Sonrası İzleme Formu
 * FRM.34.00.11 (MADDE 17(1)). Immutable once recorded.
 */
@Entity
@Table(name = "monitoring_visit")
public class Visit {

	public static final String FORM_CODE = "FRM.34.00.11";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "visit_date", nullable = false, updatable = false)
	private LocalDate visitDate;

	@Column(name = "assets_in_use", nullable = false, updatable = false)
	private boolean assetsInUse;

	@Column(nullable = false, updatable = false)
	private int employees;

	@Column(name = "maturity_level", nullable = false, updatable = false)
	private String maturityLevel;

	@Column(nullable = false, updatable = false)
	private String findings;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected Visit() {
	}

	Visit(Long caseId, VisitRecord record, String recordedBy, Instant recordedAt) {
		this.caseId = caseId;
		this.visitDate = record.visitDate();
		this.assetsInUse = record.assetsInUse();
		this.employees = record.employees();
		this.maturityLevel = record.maturityLevel().strip();
		this.findings = record.findings().strip();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	String describe() {
		return "visitDate=" + this.visitDate + ", assetsInUse=" + this.assetsInUse + ", employees=" + this.employees
				+ ", maturityLevel=" + this.maturityLevel + ", findings=" + this.findings;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public LocalDate getVisitDate() {
		return this.visitDate;
	}

	public boolean isAssetsInUse() {
		return this.assetsInUse;
	}

	public int getEmployees() {
		return this.employees;
	}

	public String getMaturityLevel() {
		return this.maturityLevel;
	}

	public String getFindings() {
		return this.findings;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
