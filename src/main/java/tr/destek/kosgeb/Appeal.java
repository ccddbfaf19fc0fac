package tr.destek.kosgeb;

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
 * An appeal against the board's rejection (KOBİ Dijital Dönüşüm Destek Programı İtiraz
 * Formu FRM.34.00.06, MADDE 13): the applicant's reasons (documents are stored with the
 * document store), the unit's opinion and forwarding (MADDE 13(2)), and the appeal
 * commission's decision (İtiraz Karar Formu FRM.34.00.07, MADDE 13(8)). One per
 * application (MADDE 13(1): "bir defaya mahsus"), enforced by a unique key.
 */
@Entity
@Table(name = "kosgeb_appeal")
public class Appeal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private Long applicationId;

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

	Appeal(KosgebApplication application, String reasons, String rejectionRegistry, Instant now, String by,
			Instant forwardingDueAt) {
		this.applicationId = application.getId();
		this.reference = application.getReference();
		this.status = AppealStatus.SUBMITTED;
		this.reasons = reasons;
		this.rejectionRegistry = rejectionRegistry;
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
		return "status=" + this.status + ", application=" + this.applicationId + ", rejection=" + this.rejectionRegistry
				+ ", opinionBy=" + this.opinionBy + ", forwardedAt=" + this.forwardedAt + ", decision="
				+ this.decisionRegistry;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
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
