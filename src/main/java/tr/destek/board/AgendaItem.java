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

/** One item of a meeting's agenda: an application, or another matter. */
@Entity
@Table(name = "board_agenda_item")
public class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id", nullable = false, updatable = false)
	private Meeting meeting;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AgendaItemKind kind;

	@Column(name = "application_id", updatable = false)
	private Long applicationId;

	@Column(nullable = false)
	private String subject;

	@Column(name = "added_at", nullable = false, updatable = false)
	private Instant addedAt;

	@Column(name = "added_by", nullable = false, updatable = false)
	private String addedBy;

	protected AgendaItem() {
	}

	AgendaItem(Meeting meeting, int position, AgendaItemKind kind, Long applicationId, String subject, Instant now,
			String by) {
		this.meeting = meeting;
		this.position = position;
		this.kind = kind;
		this.applicationId = applicationId;
		this.subject = subject;
		this.addedAt = now;
		this.addedBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public AgendaItemKind getKind() {
		return this.kind;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public String getSubject() {
		return this.subject;
	}

	public Instant getAddedAt() {
		return this.addedAt;
	}

	String describe() {
		return this.position + ":" + this.kind + (this.applicationId == null ? "" : "#" + this.applicationId);
	}

}
