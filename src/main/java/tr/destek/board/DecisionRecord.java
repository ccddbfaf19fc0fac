package tr.destek.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every decision form of a decision body has in common, whatever the body (the
 * KOSGEB board's Kurul Karar Formu, the appeal commission's İtiraz Karar Formu): it is
 * prepared on one agenda item once all members voted, with the reasons; every member who
 * sat for the item e-approves it, once; only then is it registered (evrak kaydı) with a
 * registry number and date, after which it cannot change (MADDE 12(9), 13(8)). What a
 * form decides (items and amounts, or accept/reject) and what registration does to the
 * application stay with the form's own class and service.
 */
@MappedSuperclass
public abstract class DecisionRecord {

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

	protected DecisionRecord() {
	}

	protected DecisionRecord(Long itemId, Long meetingId, Long applicationId, String reasons, Instant preparedAt,
			String preparedBy) {
		this.itemId = itemId;
		this.meetingId = meetingId;
		this.applicationId = applicationId;
		this.reasons = reasons;
		this.preparedAt = preparedAt;
		this.preparedBy = preparedBy;
	}

	/** The form's own approvals collection (each form keeps them in its own table). */
	protected abstract Set<MemberApproval> approvalSet();

	/** A member who sat for the item e-approves the form (MADDE 12(9), 13(8)); once. */
	void approve(Long memberId, Set<Long> sittingMembers, Instant now) {
		requireNotRegistered();
		if (!sittingMembers.contains(memberId)) {
			throw new BoardRuleException("board.error.decision.not-sitting");
		}
		if (!isApprovedBy(memberId)) {
			approvalSet().add(new MemberApproval(memberId, now));
		}
	}

	/**
	 * Registration (evrak kaydı) once every sitting member has approved (MADDE 12(9),
	 * 13(8)); refused when already registered or an approval is missing.
	 */
	void register(Registration registration) {
		requireNotRegistered();
		if (!registration.sittingMembers().stream().allMatch(this::isApprovedBy)) {
			throw new BoardRuleException("board.error.decision.approvals-missing", approvalSet().size(),
					registration.sittingMembers().size());
		}
		this.registryNumber = registration.number();
		this.registryDate = registration.date();
		this.registeredAt = registration.at();
		this.registeredBy = registration.by();
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
		return approvalSet().stream().anyMatch(a -> a.getUserId().equals(memberId));
	}

	/** When the member e-approved the form, or {@code null}. */
	public Instant approvedAt(Long memberId) {
		return approvalSet().stream()
			.filter(a -> a.getUserId().equals(memberId))
			.map(MemberApproval::getApprovedAt)
			.findFirst()
			.orElse(null);
	}

	/** The approvals in the order they were given. */
	public List<MemberApproval> approvals() {
		return approvalSet().stream()
			.sorted(Comparator.comparing(MemberApproval::getApprovedAt).thenComparing(MemberApproval::getUserId))
			.toList();
	}

	/** The form as the audit trail records it. */
	abstract String describe();

	/** The approvals and registry for the audit trail. */
	protected String describeRecord() {
		return "approvals=" + approvals().stream().map(a -> String.valueOf(a.getUserId())).toList() + ", registry="
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

	public long getVersion() {
		return this.version;
	}

}
