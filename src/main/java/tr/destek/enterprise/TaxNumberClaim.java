package tr.destek.enterprise;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A second registrant's claim to a tax number another enterprise already holds (issue #9
 * point 7: nobody may squat a real VKN). The claimant cannot take the number; an admin
 * releases it to him (the holder gives it up) or rejects the claim, with a reason. The
 * claim keeps what the claimant typed at sign-up, never a password.
 */
@Entity
@Table(name = "tax_number_claim")
public class TaxNumberClaim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tax_number", nullable = false)
	private String taxNumber;

	@Column(name = "holder_enterprise_id", nullable = false)
	private Long holderEnterpriseId;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_form", nullable = false)
	private LegalForm legalForm;

	@Column(name = "registration_date", nullable = false)
	private LocalDate registrationDate;

	@Column(name = "province_code", nullable = false)
	private Short provinceCode;

	@Column(name = "nace_code", nullable = false)
	private String naceCode;

	@Column(nullable = false)
	private String email;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "preferred_locale", nullable = false)
	private String preferredLocale;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.PENDING;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decision_reason")
	private String decisionReason;

	@Column(name = "claimant_enterprise_id")
	private Long claimantEnterpriseId;

	@Version
	private long version;

	protected TaxNumberClaim() {
	}

	TaxNumberClaim(TaxNumber taxNumber, Long holderEnterpriseId, Registration registration, String email,
			String fullName, String preferredLocale, Instant createdAt) {
		this.taxNumber = taxNumber.value();
		this.holderEnterpriseId = holderEnterpriseId;
		this.title = registration.title().trim();
		this.legalForm = registration.legalForm();
		this.registrationDate = registration.registrationDate();
		this.provinceCode = registration.provinceCode();
		this.naceCode = registration.naceCode().trim();
		this.email = email.trim();
		this.fullName = fullName.trim();
		this.preferredLocale = preferredLocale;
		this.createdAt = createdAt;
	}

	void release(Long claimantEnterpriseId, String admin, String reason, Instant now) {
		decide(Status.RELEASED, admin, reason, now);
		this.claimantEnterpriseId = claimantEnterpriseId;
	}

	void reject(String admin, String reason, Instant now) {
		decide(Status.REJECTED, admin, reason, now);
	}

	/** A decision needs a pending claim and a reason. */
	void checkDecidable(String reason) {
		if (this.status != Status.PENDING) {
			throw new InvalidEnterpriseChangeException("reason", "enterprise.claims.alreadyDecided");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidEnterpriseChangeException("reason", "enterprise.claims.reason.required");
		}
		if (reason.length() > 2000) {
			throw new InvalidEnterpriseChangeException("reason", "enterprise.claims.reason.tooLong");
		}
	}

	private void decide(Status outcome, String admin, String reason, Instant now) {
		checkDecidable(reason);
		this.status = outcome;
		this.decidedBy = admin;
		this.decisionReason = reason.trim();
		this.decidedAt = now;
	}

	Registration registration() {
		return new Registration(this.taxNumber, this.title, this.legalForm, this.registrationDate, this.provinceCode,
				this.naceCode);
	}

	String describe() {
		return "taxNumber=" + tr.destek.platform.Identifiers.mask(this.taxNumber) + ", holderEnterpriseId="
				+ this.holderEnterpriseId + ", claimantEmail=" + this.email + ", status=" + this.status
				+ ((this.decisionReason != null) ? ", reason=" + this.decisionReason : "")
				+ ((this.claimantEnterpriseId != null) ? ", claimantEnterpriseId=" + this.claimantEnterpriseId : "");
	}

	public Long getId() {
		return this.id;
	}

	public String getTaxNumber() {
		return this.taxNumber;
	}

	public Long getHolderEnterpriseId() {
		return this.holderEnterpriseId;
	}

	public String getTitle() {
		return this.title;
	}

	public LegalForm getLegalForm() {
		return this.legalForm;
	}

	public LocalDate getRegistrationDate() {
		return this.registrationDate;
	}

	public Short getProvinceCode() {
		return this.provinceCode;
	}

	public String getNaceCode() {
		return this.naceCode;
	}

	public String getEmail() {
		return this.email;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getPreferredLocale() {
		return this.preferredLocale;
	}

	public Status getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public String getDecisionReason() {
		return this.decisionReason;
	}

	public Long getClaimantEnterpriseId() {
		return this.claimantEnterpriseId;
	}

	public long getVersion() {
		return this.version;
	}

	/** Where a claim stands. */
	public enum Status {

		PENDING, RELEASED, REJECTED

	}

}
