package tr.destek.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
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

	/** The programme the subject comes from ({@link SubjectRef#source()}). */
	@Column(name = "subject_source", updatable = false)
	private String subjectSource;

	/**
	 * The subject's id in its programme (for KOSGEB the application; the column keeps its
	 * name).
	 */
	@Column(name = "application_id", updatable = false)
	private Long applicationId;

	@Column(nullable = false)
	private String subject;

	@Column(name = "added_at", nullable = false, updatable = false)
	private Instant addedAt;

	@Column(name = "added_by", nullable = false, updatable = false)
	private String addedBy;

	@OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<ItemConflict> conflicts = new ArrayList<>();

	@OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<ItemSubstitute> substitutes = new ArrayList<>();

	protected AgendaItem() {
	}

	AgendaItem(Meeting meeting, int position, AgendaItemKind kind, SubjectRef ref, String subject, Instant now,
			String by) {
		this.meeting = meeting;
		this.position = position;
		this.kind = kind;
		this.subjectSource = (ref == null) ? null : ref.source();
		this.applicationId = (ref == null) ? null : ref.id();
		this.subject = subject;
		this.addedAt = now;
		this.addedBy = by;
	}

	// --- conflicts of interest (MADDE 18(10)) ---

	/**
	 * Records that a member may not sit for this item; a second record of the same member
	 * changes nothing.
	 * @return whether it was new
	 */
	boolean recordConflict(Long userId, ConflictSource source, String note, Instant now, String by) {
		if (isConflicted(userId)) {
			return false;
		}
		this.conflicts.add(new ItemConflict(this, userId, source, note, now, by));
		return true;
	}

	/**
	 * A substitute sits for this item in place of a conflicted member (MADDE 18(10)).
	 * @param boardMembers the members of the board sitting now
	 */
	ItemSubstitute seatSubstitute(List<Long> boardMembers, Long replacedUserId, Long substituteUserId, String reason,
			Instant now, String by) {
		if (reason == null || reason.isBlank()) {
			throw new BoardRuleException("board.error.substitute.reason");
		}
		if (!isConflicted(replacedUserId) || substituteFor(replacedUserId) != null) {
			throw new BoardRuleException("board.error.substitute.not-conflicted");
		}
		if (sittingMembers(boardMembers).contains(substituteUserId) || isConflicted(substituteUserId)
				|| boardMembers.contains(substituteUserId)) {
			throw new BoardRuleException("board.error.substitute.not-eligible");
		}
		ItemSubstitute substitute = new ItemSubstitute(this, replacedUserId, substituteUserId, reason.strip(), now, by);
		this.substitutes.add(substitute);
		return substitute;
	}

	public boolean isConflicted(Long userId) {
		return this.conflicts.stream().anyMatch(c -> c.getUserId().equals(userId));
	}

	ItemSubstitute substituteFor(Long userId) {
		return this.substitutes.stream().filter(s -> s.getReplacedUserId().equals(userId)).findFirst().orElse(null);
	}

	/**
	 * Who sits for this item: the board's members, each conflicted one replaced by his
	 * substitute, or missing while there is none.
	 */
	public Set<Long> sittingMembers(List<Long> boardMembers) {
		Set<Long> sitting = new LinkedHashSet<>();
		for (Long member : boardMembers) {
			if (!isConflicted(member)) {
				sitting.add(member);
			}
			else {
				ItemSubstitute substitute = substituteFor(member);
				if (substitute != null) {
					sitting.add(substitute.getSubstituteUserId());
				}
			}
		}
		return sitting;
	}

	/**
	 * Whether the item can be decided: no conflicted member is left without a substitute,
	 * so all seats are filled (MADDE 11(1), 18(10)).
	 */
	public boolean isDecidable(List<Long> boardMembers) {
		return sittingMembers(boardMembers).size() == boardMembers.size();
	}

	public List<ItemConflict> getConflicts() {
		return List.copyOf(this.conflicts);
	}

	public List<ItemSubstitute> getSubstitutes() {
		return List.copyOf(this.substitutes);
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

	/** The subject's id in its programme, {@code null} for another matter. */
	public Long getApplicationId() {
		return this.applicationId;
	}

	/** The subject of the item, {@code null} for another matter. */
	public SubjectRef getSubjectRef() {
		return (this.applicationId == null) ? null : new SubjectRef(this.subjectSource, this.applicationId);
	}

	/** Whether the item is about this subject. */
	public boolean isAbout(SubjectRef ref) {
		return ref.equals(getSubjectRef());
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
