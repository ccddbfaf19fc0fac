package tr.destek.board;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A member who may not sit for an agenda item: an owner, partner or employee of the
 * enterprise or their spouse, parent, sibling or child (MADDE 18(10)).
 */
@Entity
@Table(name = "board_item_conflict")
public class ItemConflict {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "item_id", nullable = false, updatable = false)
	private AgendaItem item;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ConflictSource source;

	private String note;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	protected ItemConflict() {
	}

	ItemConflict(AgendaItem item, Long userId, ConflictSource source, String note, Instant now, String by) {
		this.item = item;
		this.userId = userId;
		this.source = source;
		this.note = note;
		this.recordedAt = now;
		this.recordedBy = by;
	}

	public Long getUserId() {
		return this.userId;
	}

	public ConflictSource getSource() {
		return this.source;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
