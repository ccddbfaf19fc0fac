package tr.destek.board;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A substitute who sits for one agenda item in place of a conflicted member (recorded).
 */
@Entity
@Table(name = "board_item_substitute")
public class ItemSubstitute {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "item_id", nullable = false, updatable = false)
	private AgendaItem item;

	@Column(name = "replaced_user_id", nullable = false, updatable = false)
	private Long replacedUserId;

	@Column(name = "substitute_user_id", nullable = false, updatable = false)
	private Long substituteUserId;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	protected ItemSubstitute() {
	}

	ItemSubstitute(AgendaItem item, Long replacedUserId, Long substituteUserId, String reason, Instant now, String by) {
		this.item = item;
		this.replacedUserId = replacedUserId;
		this.substituteUserId = substituteUserId;
		this.reason = reason;
		this.recordedAt = now;
		this.recordedBy = by;
	}

	public Long getReplacedUserId() {
		return this.replacedUserId;
	}

	public Long getSubstituteUserId() {
		return this.substituteUserId;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
