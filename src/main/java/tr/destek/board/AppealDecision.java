package tr.destek.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The İtiraz Karar Formu (FRM.34.00.07): the appeal commission's decision on an appeal by
 * majority (MADDE 13(7)), with its reasons (13(8)), e-approved by every member who sat
 * for it, then registered with a registry number ({@code IK-<year>-<n>}) and date.
 */
@Entity
@Table(name = "board_appeal_decision")
public class AppealDecision {

	/** The form code of the İtiraz Karar Formu. */
	public static final String FORM_CODE = "FRM.34.00.07";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_id", nullable = false, updatable = false)
	private Long itemId;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private Long meetingId;

	@Column(name = "application_id", nullable = false, updatable = false)
	private Long applicationId;

	@Column(nullable = false, updatable = false)
	private boolean accepted;

	@Column(name = "accept_votes", nullable = false, updatable = false)
	private int acceptVotes;

	@Column(name = "reject_votes", nullable = false, updatable = false)
	private int rejectVotes;

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

	@Version
	private long version;

	@OneToMany(mappedBy = "decision", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<AppealDecisionApproval> approvals = new ArrayList<>();

	protected AppealDecision() {
	}

	AppealDecision(Long itemId, Long meetingId, Long applicationId, int acceptVotes, int rejectVotes, String reasons,
			Instant now, String by) {
		this.itemId = itemId;
		this.meetingId = meetingId;
		this.applicationId = applicationId;
		this.acceptVotes = acceptVotes;
		this.rejectVotes = rejectVotes;
		// MADDE 13(7): decisions by majority
		this.accepted = acceptVotes > rejectVotes;
		this.reasons = reasons;
		this.preparedAt = now;
		this.preparedBy = by;
	}

	void approve(Long memberId, Set<Long> sittingMembers, Instant now) {
		requireNotRegistered();
		if (!sittingMembers.contains(memberId)) {
			throw new BoardRuleException("board.error.decision.not-sitting");
		}
		if (!isApprovedBy(memberId)) {
			this.approvals.add(new AppealDecisionApproval(this, memberId, now));
		}
	}

	void register(Set<Long> sittingMembers, String number, LocalDate date, Instant now, String by) {
		requireNotRegistered();
		if (!sittingMembers.stream().allMatch(this::isApprovedBy)) {
			throw new BoardRuleException("board.error.decision.approvals-missing", this.approvals.size(),
					sittingMembers.size());
		}
		this.registryNumber = number;
		this.registryDate = date;
		this.registeredAt = now;
		this.registeredBy = by;
	}

	private void requireNotRegistered() {
		if (this.registryNumber != null) {
			throw new BoardRuleException("board.error.decision.registered");
		}
	}

	public boolean isApprovedBy(Long memberId) {
		return this.approvals.stream().anyMatch(a -> a.getUserId().equals(memberId));
	}

	/** When the member e-approved the form, or {@code null}. */
	public Instant approvedAt(Long memberId) {
		return this.approvals.stream()
			.filter(a -> a.getUserId().equals(memberId))
			.map(AppealDecisionApproval::getApprovedAt)
			.findFirst()
			.orElse(null);
	}

	public boolean isRegistered() {
		return this.registryNumber != null;
	}

	public List<AppealDecisionApproval> approvals() {
		return List.copyOf(this.approvals);
	}

	String describe() {
		return "accepted=" + this.accepted + ", votes=" + this.acceptVotes + "-" + this.rejectVotes + ", approvals="
				+ this.approvals.stream().map(a -> String.valueOf(a.getUserId())).toList() + ", registry="
				+ this.registryNumber;
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

	public boolean isAccepted() {
		return this.accepted;
	}

	public int getAcceptVotes() {
		return this.acceptVotes;
	}

	public int getRejectVotes() {
		return this.rejectVotes;
	}

	public String getReasons() {
		return this.reasons;
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

	public long getVersion() {
		return this.version;
	}

}
