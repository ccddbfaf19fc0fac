package tr.destek.board;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * The board's decision on one application, as written on the Kurul Karar Formu
 * (FRM.34.00.05): the outcome, the approved expense items with the support base and the
 * reasons. Every member who sat for the item e-approves it; only then is it registered
 * with a registry number and date (MADDE 12(9)).
 */
@Entity
@Table(name = "board_decision")
public class Decision extends DecisionRecord {

	/** The form code of the Kurul Karar Formu. */
	public static final String FORM_CODE = "FRM.34.00.05";

	/** The prefix of its registry numbers. */
	static final String REGISTRY_PREFIX = "KK";

	/** The programme the decided subject comes from ({@link SubjectRef#source()}). */
	@Column(name = "subject_source", nullable = false, updatable = false)
	private String subjectSource;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ItemOutcome outcome;

	@Column(nullable = false, updatable = false)
	private boolean majority;

	@Column(name = "support_base", updatable = false)
	private BigDecimal supportBase;

	@Column(name = "starts_programme", nullable = false)
	private boolean startsProgramme;

	@Column(name = "appeal_last_day")
	private LocalDate appealLastDay;

	@Column(name = "correction_deadline")
	private Instant correctionDeadline;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "board_decision_item", joinColumns = @JoinColumn(name = "decision_id"))
	@OrderBy("position")
	private List<DecidedExpenseItem> items = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "board_decision_approval", joinColumns = @JoinColumn(name = "decision_id"))
	private Set<MemberApproval> approvals = new LinkedHashSet<>();

	protected Decision() {
	}

	Decision(Long itemId, Long meetingId, SubjectRef subject, VoteTally tally, SupportBase base,
			List<DecidedExpenseItem> items, String reasons, Instant now, String by) {
		super(itemId, meetingId, subject.id(), reasons, now, by);
		this.subjectSource = subject.source();
		if (tally.outcome() == ItemOutcome.ACCEPTED && (base == null || base.check() != SupportBase.Check.WITHIN)) {
			throw new BoardRuleException(base == null ? "board.error.decision.no-base" : base.check().messageKey());
		}
		this.outcome = tally.outcome();
		this.majority = tally.majority();
		this.supportBase = tally.outcome() == ItemOutcome.ACCEPTED ? base.total() : null;
		this.items.addAll(items);
	}

	@Override
	protected Set<MemberApproval> approvalSet() {
		return this.approvals;
	}

	/**
	 * Registration (evrak kaydı) once every sitting member has approved (MADDE 12(9)).
	 * @param startsProgramme whether this is the first registered decision to support the
	 * application, which starts the programme period (MADDE 6(5))
	 */
	void register(Registration registration, boolean startsProgramme, LocalDate appealLastDay,
			Instant correctionDeadline) {
		register(registration);
		this.startsProgramme = startsProgramme;
		this.appealLastDay = appealLastDay;
		this.correctionDeadline = correctionDeadline;
	}

	public List<DecidedExpenseItem> getItems() {
		return this.items.stream().sorted(Comparator.comparingInt(DecidedExpenseItem::getPosition)).toList();
	}

	@Override
	String describe() {
		return "outcome=" + this.outcome + ", majority=" + this.majority + ", base=" + this.supportBase + ", items="
				+ this.items.stream()
					.map(i -> i.getExpenseItemId() + ":" + i.getAccepted())
					.collect(Collectors.joining(","))
				+ ", " + describeRecord() + ", startsProgramme=" + this.startsProgramme;
	}

	/** What was decided on: the subject's programme and its id there. */
	public SubjectRef getSubjectRef() {
		return new SubjectRef(this.subjectSource, getApplicationId());
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
