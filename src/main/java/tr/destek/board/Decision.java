package tr.destek.board;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The board's decision on one application, as written on the Kurul Karar Formu
 * (FRM.34.00.05): the outcome, the approved expense items with the support base and the
 * reasons. Every member who sat for the item e-approves it; only then is it registered
 * with a registry number and date (MADDE 12(9)).
 */
@Entity
@Table(name = "board_decision")
public class Decision {

	/** The form code of the Kurul Karar Formu. */
	public static final String FORM_CODE = "FRM.34.00.05";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_id", nullable = false, updatable = false)
	private Long itemId;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private Long meetingId;

	@Column(name = "application_id", nullable = false, updatable = false)
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ItemOutcome outcome;

	@Column(nullable = false, updatable = false)
	private boolean majority;

	@Column(name = "support_base", updatable = false)
	private BigDecimal supportBase;

	@Column(nullable = false, updatable = false)
	private String reasons;

	@Column(name = "prepared_at", nullable = false, updatable = false)
	private Instant preparedAt;

	@Column(name = "prepared_by", nullable = false, updatable = false)
	private String preparedBy;

	@Column(name = "registry_number")
	private String registryNumber;

	@Column(name = "registry_date")
	private LocalDate registryDate;

	@Column(name = "registered_at")
	private Instant registeredAt;

	@Column(name = "registered_by")
	private String registeredBy;

	@Column(name = "starts_programme", nullable = false)
	private boolean startsProgramme;

	@Column(name = "appeal_last_day")
	private LocalDate appealLastDay;

	@Column(name = "correction_deadline")
	private Instant correctionDeadline;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "board_decision_item", joinColumns = @JoinColumn(name = "decision_id"))
	@OrderBy("position")
	private List<DecidedExpenseItem> items = new ArrayList<>();

	@OneToMany(mappedBy = "decision", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<DecisionApproval> approvals = new ArrayList<>();

	protected Decision() {
	}

	Decision(Long itemId, Long meetingId, Long applicationId, VoteTally tally, SupportBase base,
			List<DecidedExpenseItem> items, String reasons, Instant now, String by) {
		if (tally.outcome() == ItemOutcome.ACCEPTED && (base == null || base.check() != SupportBase.Check.WITHIN)) {
			throw new BoardRuleException(base == null ? "board.error.decision.no-base" : base.check().messageKey());
		}
		this.itemId = itemId;
		this.meetingId = meetingId;
		this.applicationId = applicationId;
		this.outcome = tally.outcome();
		this.majority = tally.majority();
		this.supportBase = tally.outcome() == ItemOutcome.ACCEPTED ? base.total() : null;
		this.items.addAll(items);
		this.reasons = reasons;
		this.preparedAt = now;
		this.preparedBy = by;
	}

	/** A member who sat for the item e-approves the form (MADDE 12(9)); once. */
	void approve(Long memberId, Set<Long> sittingMembers, Instant now) {
		requireNotRegistered();
		if (!sittingMembers.contains(memberId)) {
			throw new BoardRuleException("board.error.decision.not-sitting");
		}
		if (!isApprovedBy(memberId)) {
			this.approvals.add(new DecisionApproval(this, memberId, now));
		}
	}

	/**
	 * Registration (evrak kaydı) once every sitting member has approved (MADDE 12(9)).
	 * @param startsProgramme whether this is the first registered decision to support the
	 * application, which starts the programme period (MADDE 6(5))
	 */
	void register(Set<Long> sittingMembers, String registryNumber, LocalDate registryDate, Instant now, String by,
			boolean startsProgramme, LocalDate appealLastDay, Instant correctionDeadline) {
		requireNotRegistered();
		if (!sittingMembers.stream().allMatch(this::isApprovedBy)) {
			throw new BoardRuleException("board.error.decision.approvals-missing", approvals().size(),
					sittingMembers.size());
		}
		this.registryNumber = registryNumber;
		this.registryDate = registryDate;
		this.registeredAt = now;
		this.registeredBy = by;
		this.startsProgramme = startsProgramme;
		this.appealLastDay = appealLastDay;
		this.correctionDeadline = correctionDeadline;
	}

	private void requireNotRegistered() {
		if (isRegistered()) {
			throw new BoardRuleException("board.error.decision.registered");
		}
	}

	public boolean isRegistered() {
		return this.registryNumber != null;
	}

	public boolean isApprovedBy(Long memberId) {
		return this.approvals.stream().anyMatch(a -> a.getUserId().equals(memberId));
	}

	public List<DecisionApproval> approvals() {
		return List.copyOf(this.approvals);
	}

	public List<DecidedExpenseItem> getItems() {
		return this.items.stream().sorted(Comparator.comparingInt(DecidedExpenseItem::getPosition)).toList();
	}

	String describe() {
		return "outcome=" + this.outcome + ", majority=" + this.majority + ", base=" + this.supportBase + ", items="
				+ this.items.stream()
					.map(i -> i.getExpenseItemId() + ":" + i.getAccepted())
					.collect(Collectors.joining(","))
				+ ", approvals=" + this.approvals.stream().map(a -> String.valueOf(a.getUserId())).toList()
				+ ", registry=" + this.registryNumber + ", startsProgramme=" + this.startsProgramme;
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public ItemOutcome getOutcome() {
		return this.outcome;
	}

	public boolean isMajority() {
		return this.majority;
	}

	public BigDecimal getSupportBase() {
		return this.supportBase;
	}

	public String getReasons() {
		return this.reasons;
	}

	/** The reasons, one member's reason a line. */
	public List<String> reasonLines() {
		return this.reasons.lines().filter(l -> !l.isBlank()).toList();
	}

	public Instant getPreparedAt() {
		return this.preparedAt;
	}

	public String getRegistryNumber() {
		return this.registryNumber;
	}

	public LocalDate getRegistryDate() {
		return this.registryDate;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

	public boolean isStartsProgramme() {
		return this.startsProgramme;
	}

	public LocalDate getAppealLastDay() {
		return this.appealLastDay;
	}

	public Instant getCorrectionDeadline() {
		return this.correctionDeadline;
	}

}
