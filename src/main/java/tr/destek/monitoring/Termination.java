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

/**
 * The board's decision terminating a programme (MADDE 17(5)) with its refund decision
 * (MADDE 17(6)): none when the board accepted force majeure or a similar cause, otherwise
 * the interest support is reclaimed with legal interest from each payment date. Immutable
 * once recorded.
 */
@Entity
@Table(name = "monitoring_termination")
public class Termination {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private TerminationCause cause;

	@Column(name = "cause_note", updatable = false)
	private String causeNote;

	@Column(name = "decision_reference", nullable = false, updatable = false)
	private String decisionReference;

	@Column(name = "decision_date", nullable = false, updatable = false)
	private LocalDate decisionDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "excusing_cause", updatable = false)
	private ExcusingCause excusingCause;

	@Column(name = "excusing_note", updatable = false)
	private String excusingNote;

	@Column(name = "refund_required", nullable = false, updatable = false)
	private boolean refundRequired;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected Termination() {
	}

	Termination(Long caseId, TerminationRecord record, String recordedBy, Instant recordedAt) {
		this.caseId = caseId;
		this.cause = record.cause();
		this.causeNote = blankToNull(record.causeNote());
		this.decisionReference = record.decisionReference().strip();
		this.decisionDate = record.decisionDate();
		this.excusingCause = record.excusingCause();
		this.excusingNote = blankToNull(record.excusingNote());
		this.refundRequired = record.excusingCause() == null;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	String describe() {
		return "cause=" + this.cause + ", causeNote=" + this.causeNote + ", decision=" + this.decisionReference + " of "
				+ this.decisionDate + ", excusingCause=" + this.excusingCause + ", excusingNote=" + this.excusingNote
				+ ", refundRequired=" + this.refundRequired;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public TerminationCause getCause() {
		return this.cause;
	}

	public String getCauseNote() {
		return this.causeNote;
	}

	public String getDecisionReference() {
		return this.decisionReference;
	}

	public LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	public ExcusingCause getExcusingCause() {
		return this.excusingCause;
	}

	public String getExcusingNote() {
		return this.excusingNote;
	}

	public boolean isRefundRequired() {
		return this.refundRequired;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
