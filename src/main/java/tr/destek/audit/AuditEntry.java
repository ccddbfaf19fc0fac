package tr.destek.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One recorded change: who, when, what, and the state before and after. Append-only: the
 * database refuses UPDATE and DELETE on this table (V1 migration trigger).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(nullable = false, updatable = false)
	private String action;

	@Column(name = "entity_type", nullable = false, updatable = false)
	private String entityType;

	@Column(name = "entity_id", nullable = false, updatable = false)
	private String entityId;

	@Column(updatable = false)
	private String summary;

	@Column(name = "before_state", updatable = false)
	private String beforeState;

	@Column(name = "after_state", updatable = false)
	private String afterState;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String action, String entityType, String entityId, String summary,
			String beforeState, String afterState) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.summary = summary;
		this.beforeState = beforeState;
		this.afterState = afterState;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public String getEntityId() {
		return this.entityId;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getBeforeState() {
		return this.beforeState;
	}

	public String getAfterState() {
		return this.afterState;
	}

}
