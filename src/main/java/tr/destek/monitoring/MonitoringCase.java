package tr.destek.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The monitoring of one application's programme after the board started it (MADDE 6(5),
 * 17, 18). Guards its own moves: ACTIVE → AWAITING_MATURITY_REPORT → COMPLETED |
 * UNSUCCESSFUL, and TERMINATED by board decision from any open state. Each step happens
 * once: a step that is not due (any more) returns {@code false}.
 */
@Entity
@Table(name = "monitoring_case")
public class MonitoringCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The programme whose file it is (e.g. KOSGEB); the file id is unique within it. */
	@Column(name = "subject_source", nullable = false, updatable = false)
	private String subjectSource;

	@Column(name = "application_id", nullable = false, updatable = false)
	private Long applicationId;

	@Column(name = "enterprise_id", nullable = false, updatable = false)
	private Long enterpriseId;

	@Column(name = "province_code", nullable = false)
	private Short provinceCode;

	@Column(nullable = false)
	private String reference;

	@Column(name = "programme_start", nullable = false)
	private LocalDate programmeStart;

	@Column(name = "programme_end", nullable = false)
	private LocalDate programmeEnd;

	@Column(name = "report_window_opens", nullable = false)
	private LocalDate reportWindowOpens;

	@Column(name = "report_due_at", nullable = false)
	private Instant reportDueAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseStatus status;

	@Column(name = "reminder_sent_at")
	private Instant reminderSentAt;

	@Column(name = "notice_sent_at")
	private Instant noticeSentAt;

	@Column(name = "extra_due_at")
	private Instant extraDueAt;

	@Column(name = "report_level")
	private String reportLevel;

	@Column(name = "report_document_id")
	private Long reportDocumentId;

	@Column(name = "report_submitted_at")
	private Instant reportSubmittedAt;

	@Column(name = "report_submitted_by")
	private String reportSubmittedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_reason")
	private String closedReason;

	@Version
	private long version;

	protected MonitoringCase() {
	}

	MonitoringCase(String subjectSource, Long applicationId, Long enterpriseId, Short provinceCode, String reference,
			ProgrammePeriod period) {
		this.subjectSource = subjectSource;
		this.applicationId = applicationId;
		this.enterpriseId = enterpriseId;
		this.provinceCode = provinceCode;
		this.reference = reference;
		this.status = CaseStatus.ACTIVE;
		plan(period);
	}

	/** Sets the programme dates while nothing has happened yet on the case. */
	boolean plan(ProgrammePeriod period) {
		if (this.status != CaseStatus.ACTIVE || this.reminderSentAt != null) {
			return false;
		}
		this.programmeStart = period.start();
		this.programmeEnd = period.end();
		this.reportWindowOpens = period.reportWindowOpens();
		this.reportDueAt = period.reportDue();
		return true;
	}

	/** MADDE 17(2): the window for the maturity report opened on {@code today}. */
	boolean openReportWindow(LocalDate today, Instant now) {
		if (this.status != CaseStatus.ACTIVE || today.isBefore(this.reportWindowOpens)) {
			return false;
		}
		this.status = CaseStatus.AWAITING_MATURITY_REPORT;
		this.reminderSentAt = now;
		return true;
	}

	/**
	 * MADDE 17(2): the window passed without a report; the enterprise is notified and has
	 * until {@code extraDue} (15 days from the notice).
	 */
	boolean giveNotice(Instant now, Instant extraDue) {
		if (this.status != CaseStatus.AWAITING_MATURITY_REPORT || this.noticeSentAt != null
				|| !now.isAfter(this.reportDueAt)) {
			return false;
		}
		this.noticeSentAt = now;
		this.extraDueAt = extraDue;
		return true;
	}

	/**
	 * MADDE 17(2): still no report after the extra period: the programme is not completed
	 * successfully; pending payments stop.
	 */
	boolean markUnsuccessful(Instant now, String reason) {
		if (this.status != CaseStatus.AWAITING_MATURITY_REPORT || this.extraDueAt == null
				|| !now.isAfter(this.extraDueAt)) {
			return false;
		}
		close(CaseStatus.UNSUCCESSFUL, now, reason);
		return true;
	}

	/** MADDE 17(2): the enterprise sent its new maturity level in time. */
	void submitReport(String level, Long documentId, Instant now, String by) {
		if (this.status != CaseStatus.AWAITING_MATURITY_REPORT) {
			throw new MonitoringRuleException("monitoring.error.report.not-open");
		}
		if (now.isAfter(currentDueAt())) {
			throw new MonitoringRuleException("monitoring.error.report.late");
		}
		this.reportLevel = level;
		this.reportDocumentId = documentId;
		this.reportSubmittedAt = now;
		this.reportSubmittedBy = by;
		close(CaseStatus.COMPLETED, now, null);
	}

	/** MADDE 17(5): the board terminated the programme. */
	void terminate(Instant now, String reason) {
		if (this.status.isClosed()) {
			throw new MonitoringRuleException("monitoring.error.termination.closed");
		}
		close(CaseStatus.TERMINATED, now, reason);
	}

	private void close(CaseStatus outcome, Instant now, String reason) {
		this.status = outcome;
		this.closedAt = now;
		this.closedReason = reason;
	}

	/**
	 * The moment the enterprise must have sent its report by: the end of the window, or
	 * of the 15 days after the notice.
	 */
	public Instant currentDueAt() {
		return (this.extraDueAt != null) ? this.extraDueAt : this.reportDueAt;
	}

	/**
	 * The next deadline on the case, {@code null} once it is closed: the window opening
	 * (as the start of that day) while ACTIVE, then the report due moment.
	 */
	public LocalDate nextDeadlineDay() {
		return switch (this.status) {
			case ACTIVE -> this.reportWindowOpens;
			case AWAITING_MATURITY_REPORT -> currentDueAt().atZone(tr.destek.platform.DestekTime.ZONE).toLocalDate();
			default -> null;
		};
	}

	String describe() {
		return "status=" + this.status + ", start=" + this.programmeStart + ", end=" + this.programmeEnd
				+ ", windowOpens=" + this.reportWindowOpens + ", due=" + this.reportDueAt + ", notice="
				+ this.noticeSentAt + ", extraDue=" + this.extraDueAt + ", level=" + this.reportLevel + ", document="
				+ this.reportDocumentId + ", closedReason=" + this.closedReason;
	}

	public Long getId() {
		return this.id;
	}

	public String getSubjectSource() {
		return this.subjectSource;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public Short getProvinceCode() {
		return this.provinceCode;
	}

	public String getReference() {
		return this.reference;
	}

	public LocalDate getProgrammeStart() {
		return this.programmeStart;
	}

	public LocalDate getProgrammeEnd() {
		return this.programmeEnd;
	}

	public LocalDate getReportWindowOpens() {
		return this.reportWindowOpens;
	}

	public Instant getReportDueAt() {
		return this.reportDueAt;
	}

	public CaseStatus getStatus() {
		return this.status;
	}

	public Instant getReminderSentAt() {
		return this.reminderSentAt;
	}

	public Instant getNoticeSentAt() {
		return this.noticeSentAt;
	}

	public Instant getExtraDueAt() {
		return this.extraDueAt;
	}

	public String getReportLevel() {
		return this.reportLevel;
	}

	public Long getReportDocumentId() {
		return this.reportDocumentId;
	}

	public Instant getReportSubmittedAt() {
		return this.reportSubmittedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public String getClosedReason() {
		return this.closedReason;
	}

	public long getVersion() {
		return this.version;
	}

}
