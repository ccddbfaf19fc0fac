package tr.destek.board;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
import jakarta.persistence.Version;

import tr.destek.platform.DestekTime;

/**
 * A board meeting (MADDE 12(1)): physical with a place or electronic with a link, at a
 * date and time, with its agenda. The agenda can change until it is sent to the members;
 * it can be sent only early enough before the meeting.
 */
@Entity
@Table(name = "board_meeting")
public class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "board_id", nullable = false, updatable = false)
	private Board board;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingFormat format;

	private String place;

	private String link;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	/** the day of the meeting in Türkiye, for the daily limit (MADDE 12(8)) */
	@Column(name = "meeting_date", nullable = false)
	private LocalDate meetingDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingStatus status;

	@Column(name = "agenda_sent_at")
	private Instant agendaSentAt;

	@Column(name = "agenda_sent_by")
	private String agendaSentBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Version
	private long version;

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<AgendaItem> items = new ArrayList<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<CommitmentSignature> signatures = new ArrayList<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<MeetingParticipation> participations = new ArrayList<>();

	protected Meeting() {
	}

	Meeting(Board board, MeetingFormat format, String place, String link, Instant startsAt, Instant now, String by) {
		if (format == null || startsAt == null) {
			throw new BoardRuleException("board.error.meeting.when-and-how");
		}
		this.board = board;
		this.format = format;
		if (format == MeetingFormat.PHYSICAL) {
			if (place == null || place.isBlank()) {
				throw new BoardRuleException("board.error.meeting.place-required");
			}
			this.place = place.strip();
		}
		else {
			this.link = requireLink(link);
		}
		this.startsAt = startsAt;
		this.meetingDate = startsAt.atZone(DestekTime.ZONE).toLocalDate();
		this.status = MeetingStatus.SCHEDULED;
		this.createdAt = now;
		this.createdBy = by;
	}

	private static String requireLink(String link) {
		String clean = link == null ? "" : link.strip();
		try {
			URI uri = URI.create(clean);
			if (uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
					&& uri.getHost() != null) {
				return clean;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new BoardRuleException("board.error.meeting.link-required");
	}

	AgendaItem addApplication(SubjectRef ref, String subject, Instant now, String by) {
		requireOpenAgenda();
		if (this.items.stream().anyMatch(i -> i.isAbout(ref))) {
			throw new BoardRuleException("board.error.agenda.already-on-agenda");
		}
		return add(AgendaItemKind.NEW_APPLICATION, ref, subject, now, by);
	}

	/**
	 * An appeal forwarded by the unit, on an appeal commission's agenda (MADDE 13(6)).
	 */
	AgendaItem addAppeal(SubjectRef ref, String subject, Instant now, String by) {
		requireOpenAgenda();
		if (this.items.stream().anyMatch(i -> i.isAbout(ref))) {
			throw new BoardRuleException("board.error.agenda.already-on-agenda");
		}
		return add(AgendaItemKind.APPEAL, ref, subject, now, by);
	}

	AgendaItem addOther(String subject, Instant now, String by) {
		requireOpenAgenda();
		if (subject == null || subject.isBlank()) {
			throw new BoardRuleException("board.error.agenda.subject-required");
		}
		return add(AgendaItemKind.OTHER, null, subject.strip(), now, by);
	}

	private AgendaItem add(AgendaItemKind kind, SubjectRef ref, String subject, Instant now, String by) {
		int position = this.items.stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
		AgendaItem item = new AgendaItem(this, position, kind, ref, subject, now, by);
		this.items.add(item);
		return item;
	}

	AgendaItem removeItem(Long itemId) {
		AgendaItem item = this.items.stream()
			.filter(i -> i.getId().equals(itemId))
			.findFirst()
			.orElseThrow(tr.destek.platform.NotFoundException::new);
		requireOpenAgenda();
		this.items.remove(item);
		return item;
	}

	/**
	 * Sends the agenda to the members.
	 * @param earliestMeetingDate the first day a meeting may be held when the agenda is
	 * sent now (MADDE 12(1))
	 * @param leadDays the notice in days, and the article that sets it, for the message
	 */
	void sendAgenda(Instant now, String by, LocalDate earliestMeetingDate, int leadDays, String article) {
		requireOpenAgenda();
		if (this.items.isEmpty()) {
			throw new BoardRuleException("board.error.agenda.empty");
		}
		if (this.meetingDate.isBefore(earliestMeetingDate)) {
			throw new BoardRuleException("board.error.agenda.lead-days", BoardDates.format(this.meetingDate),
					BoardDates.format(earliestMeetingDate), leadDays, article);
		}
		this.status = MeetingStatus.AGENDA_SENT;
		this.agendaSentAt = now;
		this.agendaSentBy = by;
		// who sits is fixed now: a later replacement on the board does not reach this
		// meeting (MADDE 11(1), 12(1))
		this.board.activeSeats()
			.forEach(seat -> this.participations.add(MeetingParticipation.seat(this, seat, now, by)));
	}

	private void requireOpenAgenda() {
		if (this.status != MeetingStatus.SCHEDULED) {
			throw new BoardRuleException("board.error.agenda.already-sent");
		}
	}

	// --- members: confidentiality commitment (FRM.34.00.04) ---

	/**
	 * The members seated for this meeting, the chair first: fixed when the agenda was
	 * sent (MADDE 11(1), 12(1)); before that, the board's seats now.
	 */
	public List<Long> boardMembers() {
		if (this.status == MeetingStatus.SCHEDULED) {
			return this.board.activeSeats().stream().map(BoardSeat::getUserId).toList();
		}
		return this.participations.stream()
			.filter(MeetingParticipation::isWholeMeeting)
			.sorted(Comparator.comparing(MeetingParticipation::getSeatRole)
				.thenComparing(MeetingParticipation::getUserId))
			.map(MeetingParticipation::getUserId)
			.toList();
	}

	/**
	 * Whether the user takes part in this meeting: seated for it when the agenda was
	 * sent, or recorded as an item's substitute.
	 */
	public boolean isParticipant(Long userId) {
		if (this.status == MeetingStatus.SCHEDULED) {
			return boardMembers().contains(userId);
		}
		return this.participations.stream().anyMatch(p -> p.getUserId().equals(userId));
	}

	/**
	 * Whether the user sat for the whole meeting: seated for it and conflicted on no item
	 * (MADDE 18(10)); a single-item substitute did not.
	 */
	public boolean satForWholeMeeting(Long userId) {
		return this.status != MeetingStatus.SCHEDULED && boardMembers().contains(userId)
				&& this.items.stream().noneMatch(i -> i.isConflicted(userId));
	}

	/**
	 * Records a substitute's participation for one item, in the seat of the conflicted
	 * member he replaces (MADDE 18(10)); the only change after sending.
	 */
	void recordSubstitute(AgendaItem item, ItemSubstitute substitute, Instant now, String by) {
		SeatRole role = this.participations.stream()
			.filter(p -> p.isWholeMeeting() && p.getUserId().equals(substitute.getReplacedUserId()))
			.map(MeetingParticipation::getSeatRole)
			.findFirst()
			.orElseThrow(() -> new BoardRuleException("board.error.substitute.not-conflicted"));
		this.participations.add(MeetingParticipation.substitute(this, item.getId(), substitute.getSubstituteUserId(),
				role, substitute.getReplacedUserId(), now, by));
	}

	/** Who sits for this meeting and its items, as recorded. */
	public List<MeetingParticipation> participations() {
		return List.copyOf(this.participations);
	}

	/**
	 * A participant e-signs the confidentiality and impartiality commitment before he may
	 * see any file of this meeting (FRM.34.00.04; MADDE 12(11), 18(10)); once per
	 * meeting.
	 */
	CommitmentSignature sign(Long userId, String textVersion, Instant now) {
		if (this.status != MeetingStatus.AGENDA_SENT) {
			throw new BoardRuleException("board.error.commitment.agenda-not-sent");
		}
		if (!isParticipant(userId)) {
			throw new BoardRuleException("board.error.commitment.not-participant");
		}
		CommitmentSignature existing = signatureOf(userId);
		if (existing != null) {
			return existing;
		}
		CommitmentSignature signature = new CommitmentSignature(this, userId, textVersion, now);
		this.signatures.add(signature);
		return signature;
	}

	public boolean hasSigned(Long userId) {
		return signatureOf(userId) != null;
	}

	public CommitmentSignature signatureOf(Long userId) {
		return this.signatures.stream().filter(s -> s.getUserId().equals(userId)).findFirst().orElse(null);
	}

	public List<CommitmentSignature> getSignatures() {
		return List.copyOf(this.signatures);
	}

	public AgendaItem item(Long itemId) {
		return this.items.stream()
			.filter(i -> i.getId().equals(itemId))
			.findFirst()
			.orElseThrow(tr.destek.platform.NotFoundException::new);
	}

	/** The new applications on this agenda (MADDE 12(8)). */
	public long newApplications() {
		return this.items.stream().filter(i -> i.getKind().countsTowardsDailyLimit()).count();
	}

	public List<AgendaItem> getItems() {
		return List.copyOf(this.items);
	}

	String describe() {
		return "board=" + this.board.getId() + ", format=" + this.format + ", place=" + this.place + ", link="
				+ this.link + ", startsAt=" + this.startsAt + ", status=" + this.status + ", items="
				+ this.items.stream().map(AgendaItem::describe).collect(Collectors.joining(","))
				+ (this.status == MeetingStatus.SCHEDULED ? "" : ", seated=" + boardMembers());
	}

	public Long getId() {
		return this.id;
	}

	public Board getBoard() {
		return this.board;
	}

	public MeetingFormat getFormat() {
		return this.format;
	}

	public String getPlace() {
		return this.place;
	}

	public String getLink() {
		return this.link;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	public MeetingStatus getStatus() {
		return this.status;
	}

	public Instant getAgendaSentAt() {
		return this.agendaSentAt;
	}

	public long getVersion() {
		return this.version;
	}

}
