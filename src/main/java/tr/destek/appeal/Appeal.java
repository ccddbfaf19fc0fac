package tr.destek.appeal;

import java.time.Instant;

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
 * An appeal against a programme's rejection (for KOSGEB the İtiraz Formu FRM.34.00.06,
 * MADDE 13): the applicant's reasons (documents are stored with the document store), the
 * unit's opinion and forwarding (MADDE 13(2)), and the deciding body's decision (İtiraz
 * Karar Formu FRM.34.00.07, MADDE 13(8)). Its subject is (source, subject id) with the
 * neutral values the appeal needs; one per subject (MADDE 13(1): "bir defaya mahsus"),
 * enforced by a unique key.
 */
@Entity
@Table(name = "appeal")
public class Appeal {

	/** The audit entity type of appeals. */
	public static final String ENTITY = "Appeal";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "subject_source", nullable = false, updatable = false)
	private String subjectSource;

	@Column(name = "subject_id", nullable = false, updatable = false)
	private Long subjectId;

	@Column(name = "enterprise_id", nullable = false, updatable = false)
	private Long enterpriseId;

	/** the province whose unit forwards the appeal (MADDE 13(2)) */
	@Column(name = "province_code", nullable = false, updatable = false)
	private Short provinceCode;

	@Column(nullable = false, updatable = false)
	private String reference;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AppealStatus status;

	@Column(nullable = false, updatable = false)
	private String reasons;

	/** the registry number of the board decision appealed */
	@Column(name = "rejection_registry", updatable = false)
	private String rejectionRegistry;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	@Column(name = "submitted_by", nullable = false, updatable = false)
	private String submittedBy;

	/** MADDE 13(2): the unit forwards within 15 days (an SLA, MADDE 18(15)) */
	@Column(name = "forwarding_due_at", nullable = false, updatable = false)
	private Instant forwardingDueAt;

	private String opinion;

	@Column(name = "opinion_by")
	private String opinionBy;

	@Column(name = "forwarded_at")
	private Instant forwardedAt;

	/** MADDE 13(11): the commission decides within 1 month of forwarding (an SLA) */
	@Column(name = "decision_due_at")
	private Instant decisionDueAt;

	@Column(name = "decision_registry")
	private String decisionRegistry;

	@Column(name = "decision_reasons")
	private String decisionReasons;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected Appeal() {
	}

	Appeal(AppealSubject subject, String reasons, Instant now, String by, Instant forwardingDueAt) {
		this.subjectSource = subject.source();
		this.subjectId = subject.id();
		this.enterpriseId = subject.enterpriseId();
		this.provinceCode = subject.provinceCode();
		this.reference = subject.reference();
		this.status = AppealStatus.SUBMITTED;
		this.reasons = reasons;
		this.rejectionRegistry = subject.decisionAppealed();
		this.submittedAt = now;
		this.submittedBy = by;
		this.forwardingDueAt = forwardingDueAt;
	}

	void forward(String opinion, String by, Instant now, Instant decisionDueAt) {
		if (this.status != AppealStatus.SUBMITTED) {
			throw new AppealRefusedException("appeal.error.already-forwarded");
		}
		this.opinion = opinion;
		this.opinionBy = by;
		this.forwardedAt = now;
		this.decisionDueAt = decisionDueAt;
		this.status = AppealStatus.FORWARDED;
	}

	void putOnAgenda() {
		if (this.status != AppealStatus.FORWARDED) {
			throw new AppealRefusedException("appeal.error.not-forwarded");
		}
		this.status = AppealStatus.ON_AGENDA;
	}

	void decide(boolean accepted, String registry, String reasons, Instant now) {
		if (this.status != AppealStatus.ON_AGENDA) {
			throw new AppealRefusedException("appeal.error.not-on-agenda");
		}
		this.status = accepted ? AppealStatus.ACCEPTED : AppealStatus.REJECTED;
		this.decisionRegistry = registry;
		this.decisionReasons = reasons;
		this.decidedAt = now;
	}

	String describe() {
		return "status=" + this.status + ", subject=" + this.subjectSource + " " + this.subjectId + ", rejection="
				+ this.rejectionRegistry + ", opinionBy=" + this.opinionBy + ", forwardedAt=" + this.forwardedAt
				+ ", decision=" + this.decisionRegistry;
	}

	public Long getId() {
		return this.id;
	}

	public String getSubjectSource() {
		return this.subjectSource;
	}

	public Long getSubjectId() {
		return this.subjectId;
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

	public AppealStatus getStatus() {
		return this.status;
	}

	public String getReasons() {
		return this.reasons;
	}

	public String getRejectionRegistry() {
		return this.rejectionRegistry;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getForwardingDueAt() {
		return this.forwardingDueAt;
	}

	public String getOpinion() {
		return this.opinion;
	}

	public String getOpinionBy() {
		return this.opinionBy;
	}

	public Instant getForwardedAt() {
		return this.forwardedAt;
	}

	public Instant getDecisionDueAt() {
		return this.decisionDueAt;
	}

	public String getDecisionRegistry() {
		return this.decisionRegistry;
	}

	public String getDecisionReasons() {
		return this.decisionReasons;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
