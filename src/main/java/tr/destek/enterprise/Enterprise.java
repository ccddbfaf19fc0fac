package tr.destek.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The applicant enterprise (İşletme) with its fiscal years and declared persons. It
 * guards its own rules: every change goes through a method here that refuses what the
 * regulations or common sense forbid. Its parts follow their own lifecycles: the
 * registration fixed at sign-up ({@link EnterpriseRegistration}), where it is and how it
 * is reached ({@link EnterpriseContact}), what it declares for the rules
 * ({@link EnterpriseQualifications}), the size figures per year ({@link FiscalYears}) and
 * the declared persons ({@link DeclaredPersons}).
 */
@Entity
@Table(name = "enterprise")
public class Enterprise {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Embedded
	private EnterpriseRegistration registration;

	@Column(nullable = false, length = 250)
	private String title;

	@Column(name = "nace_code", nullable = false, length = 8)
	private String naceCode;

	@Embedded
	private EnterpriseContact contact;

	@Embedded
	private EnterpriseQualifications qualifications = new EnterpriseQualifications();

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "enterprise", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<EnterpriseFiscalYear> fiscalYears = new ArrayList<>();

	@OneToMany(mappedBy = "enterprise", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<EnterprisePerson> persons = new ArrayList<>();

	protected Enterprise() {
	}

	/**
	 * A new enterprise as it signs up.
	 * @param today today in Europe/Istanbul: the registration date may not be later
	 */
	public Enterprise(TaxNumber taxNumber, String title, LegalForm legalForm, LocalDate registrationDate,
			Province province, NaceCode naceCode, LocalDate today, Instant now) {
		this.registration = new EnterpriseRegistration(taxNumber, legalForm, registrationDate, today);
		this.title = requireTitle(title);
		this.contact = new EnterpriseContact(province, null, null);
		this.naceCode = naceCode.value();
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Changes the profile; the enterprise refuses values outside their allowed ranges.
	 */
	public void updateProfile(ProfileChange change, Province province, NaceCode naceCode, LocalDate today,
			Instant now) {
		EnterpriseQualifications declared = new EnterpriseQualifications(change, today);
		this.title = requireTitle(change.title());
		this.contact = new EnterpriseContact(province, change.address(), change.etebligatAddress());
		this.naceCode = naceCode.value();
		this.qualifications = declared;
		this.updatedAt = now;
	}

	/**
	 * Adds the figures of a fiscal year, or replaces them when the year was entered
	 * before. A year after the current one cannot have figures yet.
	 */
	public EnterpriseFiscalYear saveFiscalYear(FiscalYearFigures figures, LocalDate today, Instant now) {
		EnterpriseFiscalYear year = fiscalYearList().save(figures, today);
		this.updatedAt = now;
		return year;
	}

	/**
	 * Declares a person (KOSGEB UE MADDE 18(9),(10)): a TCKN, once per relation; a
	 * relative names the TCKN of the declared owner, partner or employee they are related
	 * to (spouse, mother, father, sibling or child).
	 */
	public EnterprisePerson declarePerson(PersonDeclaration declaration, Instant now) {
		EnterprisePerson person = new DeclaredPersons(this, this.persons).declare(declaration);
		this.updatedAt = now;
		return person;
	}

	/**
	 * Removes a declared person; the relatives declared through them go too.
	 * @return the persons removed
	 */
	public List<EnterprisePerson> removePerson(Long personId, Instant now) {
		List<EnterprisePerson> removed = new DeclaredPersons(this, this.persons).remove(personId);
		this.updatedAt = now;
		return removed;
	}

	/**
	 * The fiscal year whose figures decide the size class on {@code date}: the latest
	 * year before the date's year when there is one (the last closed accounting period),
	 * else the date's own year if entered.
	 */
	public Optional<EnterpriseFiscalYear> fiscalYearForSizeClassOn(LocalDate date) {
		return fiscalYearList().forSizeClassOn(date);
	}

	public Optional<EnterpriseFiscalYear> fiscalYear(int year) {
		return fiscalYearList().year(year);
	}

	/** Gives up the tax number after an admin's decision on a claim. */
	void releaseTaxNumber(Instant now) {
		this.registration.releaseTaxNumber(this.id, now);
	}

	/**
	 * A readable rendering of the state, for the audit trail; the tax number masked
	 * (KVKK).
	 */
	public String describe() {
		EnterpriseQualifications q = qualifications();
		return this.registration.describeTaxNumber() + ", title=" + this.title + ", legalForm=" + getLegalForm()
				+ ", registrationDate=" + getRegistrationDate() + ", province=" + getProvinceCode() + ", address="
				+ orDash(getAddress()) + ", nace=" + this.naceCode + ", declarationDate=" + orDash(q.declarationDate())
				+ ", privateOwnershipShare="
				+ ((q.privateOwnershipShare() != null) ? q.privateOwnershipShare().toPlainString() : "-")
				+ ", rdCentre=" + q.rdCentre() + ", designCentre=" + q.designCentre() + ", technopark=" + q.technopark()
				+ ", completedTubitakProjects=" + q.completedTubitakProjects() + ", womenOwned=" + q.womenOwned()
				+ ", womenManaged=" + q.womenManaged() + ", earthquakeRegion=" + q.earthquakeRegion()
				+ ", developmentRegion=" + orDash(q.developmentRegion()) + ", eTebligat="
				+ orDash(getEtebligatAddress());
	}

	private FiscalYears fiscalYearList() {
		return new FiscalYears(this, this.fiscalYears);
	}

	/** Hibernate leaves an embedded part null when all its columns are null. */
	private EnterpriseQualifications qualifications() {
		return (this.qualifications != null) ? this.qualifications : new EnterpriseQualifications();
	}

	private static String orDash(Object value) {
		return (value == null) ? "-" : value.toString();
	}

	private static String requireTitle(String title) {
		String trimmed = (title == null) ? "" : title.trim();
		if (trimmed.isEmpty()) {
			throw new InvalidEnterpriseChangeException("title", "enterprise.required");
		}
		if (trimmed.length() > 250) {
			throw new InvalidEnterpriseChangeException("title", "enterprise.length.max", 250);
		}
		return trimmed;
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public Long getId() {
		return this.id;
	}

	public boolean isTaxNumberReleased() {
		return this.registration.isTaxNumberReleased();
	}

	public String getTaxNumber() {
		return this.registration.taxNumber();
	}

	public TaxNumberType getTaxNumberType() {
		return this.registration.taxNumberType();
	}

	public String getTitle() {
		return this.title;
	}

	public LegalForm getLegalForm() {
		return this.registration.legalForm();
	}

	public LocalDate getRegistrationDate() {
		return this.registration.registrationDate();
	}

	public Short getProvinceCode() {
		return this.contact.provinceCode();
	}

	public String getAddress() {
		return this.contact.address();
	}

	public String getNaceCode() {
		return this.naceCode;
	}

	public LocalDate getDeclarationDate() {
		return qualifications().declarationDate();
	}

	public BigDecimal getPrivateOwnershipShare() {
		return qualifications().privateOwnershipShare();
	}

	public boolean isRdCentre() {
		return qualifications().rdCentre();
	}

	public boolean isDesignCentre() {
		return qualifications().designCentre();
	}

	public boolean isTechnopark() {
		return qualifications().technopark();
	}

	public int getCompletedTubitakProjects() {
		return qualifications().completedTubitakProjects();
	}

	public boolean isWomenOwned() {
		return qualifications().womenOwned();
	}

	public boolean isWomenManaged() {
		return qualifications().womenManaged();
	}

	public boolean isEarthquakeRegion() {
		return qualifications().earthquakeRegion();
	}

	public Integer getDevelopmentRegion() {
		return qualifications().developmentRegion();
	}

	public String getEtebligatAddress() {
		return this.contact.etebligatAddress();
	}

	public boolean isActive() {
		return this.active;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	/** Fiscal years, latest first. */
	public List<EnterpriseFiscalYear> getFiscalYears() {
		return fiscalYearList().latestFirst();
	}

	public List<EnterprisePerson> getPersons() {
		return List.copyOf(this.persons);
	}

}
