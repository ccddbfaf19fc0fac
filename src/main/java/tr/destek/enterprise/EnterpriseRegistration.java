package tr.destek.enterprise;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import tr.destek.platform.Identifiers;

/**
 * How the enterprise is registered: its tax number (VKN, or a sole proprietor's TCKN),
 * legal form and registration date — fixed at sign-up — and whether an admin released the
 * tax number to a claimant (issue #9 point 7).
 */
@Embeddable
class EnterpriseRegistration {

	@Column(name = "tax_number", nullable = false, length = 11)
	private String taxNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "tax_number_type", nullable = false, length = 4)
	private TaxNumberType taxNumberType;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_form", nullable = false, length = 40)
	private LegalForm legalForm;

	@Column(name = "registration_date", nullable = false)
	private LocalDate registrationDate;

	/**
	 * When an admin released the tax number to a claimant who proved it is his; the
	 * enterprise keeps its history but no longer holds the number.
	 */
	@Column(name = "tax_number_released_at")
	private Instant taxNumberReleasedAt;

	protected EnterpriseRegistration() {
	}

	/**
	 * Only a sole proprietor may register with a TCKN; a registration date cannot be
	 * later than {@code today} (Europe/Istanbul).
	 */
	EnterpriseRegistration(TaxNumber taxNumber, LegalForm legalForm, LocalDate registrationDate, LocalDate today) {
		if (!legalForm.accepts(taxNumber.type())) {
			throw new InvalidEnterpriseChangeException("taxNumber", "enterprise.taxNumber.tcknOnlySoleProprietor");
		}
		if (registrationDate.isAfter(today)) {
			throw new InvalidEnterpriseChangeException("registrationDate", "enterprise.registrationDate.future");
		}
		this.taxNumber = taxNumber.value();
		this.taxNumberType = taxNumber.type();
		this.legalForm = legalForm;
		this.registrationDate = registrationDate;
	}

	/** Gives up the tax number after an admin's decision on a claim. */
	void releaseTaxNumber(Long enterpriseId, Instant now) {
		if (this.taxNumberReleasedAt != null) {
			throw new IllegalStateException("enterprise " + enterpriseId + " no longer holds its tax number");
		}
		this.taxNumberReleasedAt = now;
	}

	boolean isTaxNumberReleased() {
		return this.taxNumberReleasedAt != null;
	}

	String taxNumber() {
		return this.taxNumber;
	}

	TaxNumberType taxNumberType() {
		return this.taxNumberType;
	}

	LegalForm legalForm() {
		return this.legalForm;
	}

	LocalDate registrationDate() {
		return this.registrationDate;
	}

	/** The tax number masked (KVKK, {@link Identifiers#mask}). */
	String describeTaxNumber() {
		return "taxNumber=" + Identifiers.mask(this.taxNumber) + " (" + this.taxNumberType + ')';
	}

}
