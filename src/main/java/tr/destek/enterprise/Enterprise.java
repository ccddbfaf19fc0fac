package tr.destek.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import tr.destek.platform.Identifiers;

/**
 * The applicant enterprise (İşletme) with its fiscal years and declared persons. It
 * guards its own rules: every change goes through a method here that refuses what the
 * regulations or common sense forbid.
 */
@Entity
@Table(name = "enterprise")
public class Enterprise {

	static final int MAX_PROJECTS = 10_000;

	static final int FIRST_FISCAL_YEAR = 1900;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tax_number", nullable = false, length = 11)
	private String taxNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "tax_number_type", nullable = false, length = 4)
	private TaxNumberType taxNumberType;

	@Column(nullable = false, length = 250)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_form", nullable = false, length = 40)
	private LegalForm legalForm;

	@Column(name = "registration_date", nullable = false)
	private LocalDate registrationDate;

	@Column(name = "province_code", nullable = false)
	private Short provinceCode;

	@Column(length = 500)
	private String address;

	@Column(name = "nace_code", nullable = false, length = 8)
	private String naceCode;

	@Column(name = "declaration_date")
	private LocalDate declarationDate;

	@Column(name = "private_ownership_share", precision = 5, scale = 2)
	private BigDecimal privateOwnershipShare;

	@Column(name = "rd_centre", nullable = false)
	private boolean rdCentre;

	@Column(name = "design_centre", nullable = false)
	private boolean designCentre;

	@Column(nullable = false)
	private boolean technopark;

	@Column(name = "completed_tubitak_projects", nullable = false)
	private int completedTubitakProjects;

	@Column(name = "women_owned", nullable = false)
	private boolean womenOwned;

	@Column(name = "women_managed", nullable = false)
	private boolean womenManaged;

	@Column(name = "earthquake_region", nullable = false)
	private boolean earthquakeRegion;

	@Column(name = "development_region")
	private Short developmentRegion;

	@Column(name = "e_tebligat_address", length = 254)
	private String etebligatAddress;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/**
	 * When an admin released the tax number to a claimant who proved it is his (issue #9
	 * point 7); the enterprise keeps its history but no longer holds the number.
	 */
	@Column(name = "tax_number_released_at")
	private Instant taxNumberReleasedAt;

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
		if (!legalForm.accepts(taxNumber.type())) {
			throw new InvalidEnterpriseChangeException("taxNumber", "enterprise.taxNumber.tcknOnlySoleProprietor");
		}
		if (registrationDate.isAfter(today)) {
			throw new InvalidEnterpriseChangeException("registrationDate", "enterprise.registrationDate.future");
		}
		this.taxNumber = taxNumber.value();
		this.taxNumberType = taxNumber.type();
		this.title = requireTitle(title);
		this.legalForm = legalForm;
		this.registrationDate = registrationDate;
		this.provinceCode = province.getCode();
		this.naceCode = naceCode.value();
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Changes the profile; the enterprise refuses values outside their allowed ranges.
	 */
	public void updateProfile(ProfileChange change, Province province, NaceCode naceCode, LocalDate today,
			Instant now) {
		if (change.declarationDate() != null && change.declarationDate().isAfter(today)) {
			throw new InvalidEnterpriseChangeException("declarationDate", "enterprise.declarationDate.future");
		}
		BigDecimal share = change.privateOwnershipShare();
		if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new InvalidEnterpriseChangeException("privateOwnershipShare", "enterprise.percent.range");
		}
		Integer region = change.developmentRegion();
		if (region != null && (region < 1 || region > 6)) {
			throw new InvalidEnterpriseChangeException("developmentRegion", "enterprise.developmentRegion.range");
		}
		if (change.completedTubitakProjects() < 0 || change.completedTubitakProjects() > MAX_PROJECTS) {
			throw new InvalidEnterpriseChangeException("completedTubitakProjects", "enterprise.count.range");
		}
		this.title = requireTitle(change.title());
		this.provinceCode = province.getCode();
		this.address = blankToNull(change.address());
		this.naceCode = naceCode.value();
		this.declarationDate = change.declarationDate();
		this.privateOwnershipShare = share;
		this.rdCentre = change.rdCentre();
		this.designCentre = change.designCentre();
		this.technopark = change.technopark();
		this.completedTubitakProjects = change.completedTubitakProjects();
		this.womenOwned = change.womenOwned();
		this.womenManaged = change.womenManaged();
		this.earthquakeRegion = change.earthquakeRegion();
		this.developmentRegion = (region != null) ? region.shortValue() : null;
		this.etebligatAddress = blankToNull(change.etebligatAddress());
		this.updatedAt = now;
	}

	/**
	 * Adds the figures of a fiscal year, or replaces them when the year was entered
	 * before. A year after the current one cannot have figures yet.
	 */
	public EnterpriseFiscalYear saveFiscalYear(FiscalYearFigures figures, LocalDate today, Instant now) {
		if (figures.year() > today.getYear() || figures.year() < FIRST_FISCAL_YEAR) {
			throw new InvalidEnterpriseChangeException("year", "enterprise.fiscalYear.year.range",
					String.valueOf(FIRST_FISCAL_YEAR), String.valueOf(today.getYear()));
		}
		if (figures.employees() < 0) {
			throw new InvalidEnterpriseChangeException("employees", "enterprise.number.negative");
		}
		if (figures.netSales() == null || figures.netSales().signum() < 0) {
			throw new InvalidEnterpriseChangeException("netSales", "enterprise.number.negative");
		}
		if (figures.balanceSheetTotal() == null || figures.balanceSheetTotal().signum() < 0) {
			throw new InvalidEnterpriseChangeException("balanceSheetTotal", "enterprise.number.negative");
		}
		this.updatedAt = now;
		Optional<EnterpriseFiscalYear> existing = fiscalYear(figures.year());
		if (existing.isPresent()) {
			existing.get().apply(figures);
			return existing.get();
		}
		EnterpriseFiscalYear year = new EnterpriseFiscalYear(this, figures);
		this.fiscalYears.add(year);
		return year;
	}

	/**
	 * Declares a person (KOSGEB UE MADDE 18(9),(10)): a TCKN, once per relation; a
	 * relative names the TCKN of the declared owner, partner or employee they are related
	 * to (spouse, mother, father, sibling or child).
	 */
	public EnterprisePerson declarePerson(PersonDeclaration declaration, Instant now) {
		TaxNumber tckn = TaxNumber.tckn(declaration.tckn());
		String name = (declaration.fullName() == null) ? "" : declaration.fullName().trim();
		if (name.isEmpty()) {
			throw new InvalidEnterpriseChangeException("fullName", "enterprise.required");
		}
		BigDecimal share = declaration.sharePercent();
		if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new InvalidEnterpriseChangeException("sharePercent", "enterprise.percent.range");
		}
		TaxNumber related = null;
		if (declaration.relation() == PersonRelation.RELATIVE) {
			if (declaration.relatedTaxNumber() == null || declaration.relatedTaxNumber().isBlank()) {
				throw new InvalidEnterpriseChangeException("relatedTaxNumber", "enterprise.person.related.required");
			}
			related = TaxNumber.tckn(declaration.relatedTaxNumber());
			String relatedValue = related.value();
			boolean declared = this.persons.stream()
				.anyMatch(p -> p.getRelation() != PersonRelation.RELATIVE && p.getTckn().equals(relatedValue));
			if (!declared) {
				throw new InvalidEnterpriseChangeException("relatedTaxNumber", "enterprise.person.related.unknown");
			}
		}
		boolean duplicate = this.persons.stream()
			.anyMatch(p -> p.getTckn().equals(tckn.value()) && p.getRelation() == declaration.relation());
		if (duplicate) {
			throw new InvalidEnterpriseChangeException("tckn", "enterprise.person.duplicate");
		}
		EnterprisePerson person = new EnterprisePerson(this, tckn, name, declaration.relation(), share, related);
		this.persons.add(person);
		this.updatedAt = now;
		return person;
	}

	/**
	 * Removes a declared person; the relatives declared through them go too.
	 * @return the persons removed
	 */
	public List<EnterprisePerson> removePerson(Long personId, Instant now) {
		EnterprisePerson person = this.persons.stream()
			.filter(p -> p.getId().equals(personId))
			.findFirst()
			.orElseThrow(() -> new InvalidEnterpriseChangeException("person", "enterprise.person.unknown"));
		List<EnterprisePerson> removed = new ArrayList<>();
		removed.add(person);
		if (person.getRelation() != PersonRelation.RELATIVE) {
			boolean stillDeclared = this.persons.stream()
				.anyMatch(p -> p != person && p.getRelation() != PersonRelation.RELATIVE
						&& p.getTckn().equals(person.getTckn()));
			if (!stillDeclared) {
				this.persons.stream()
					.filter(p -> p.getRelation() == PersonRelation.RELATIVE
							&& person.getTckn().equals(p.getRelatedTaxNumber()))
					.forEach(removed::add);
			}
		}
		this.persons.removeAll(removed);
		this.updatedAt = now;
		return removed;
	}

	/**
	 * The fiscal year whose figures decide the size class on {@code date}: the latest
	 * year before the date's year when there is one (the last closed accounting period),
	 * else the date's own year if entered.
	 */
	public Optional<EnterpriseFiscalYear> fiscalYearForSizeClassOn(LocalDate date) {
		int year = date.getYear();
		Optional<EnterpriseFiscalYear> closed = this.fiscalYears.stream()
			.filter(y -> y.getYear() < year)
			.max(Comparator.comparingInt(EnterpriseFiscalYear::getYear));
		return closed.isPresent() ? closed : fiscalYear(year);
	}

	public Optional<EnterpriseFiscalYear> fiscalYear(int year) {
		return this.fiscalYears.stream().filter(y -> y.getYear() == year).findFirst();
	}

	/**
	 * A readable rendering of the state, for the audit trail; the tax number masked
	 * (KVKK, {@link Identifiers#mask}).
	 */
	public String describe() {
		StringBuilder text = new StringBuilder();
		text.append("taxNumber=")
			.append(Identifiers.mask(this.taxNumber))
			.append(" (")
			.append(this.taxNumberType)
			.append(')');
		text.append(", title=").append(this.title);
		text.append(", legalForm=").append(this.legalForm);
		text.append(", registrationDate=").append(this.registrationDate);
		text.append(", province=").append(this.provinceCode);
		text.append(", address=").append(orDash(this.address));
		text.append(", nace=").append(this.naceCode);
		text.append(", declarationDate=").append(orDash(this.declarationDate));
		text.append(", privateOwnershipShare=")
			.append((this.privateOwnershipShare != null) ? this.privateOwnershipShare.toPlainString() : "-");
		text.append(", rdCentre=").append(this.rdCentre);
		text.append(", designCentre=").append(this.designCentre);
		text.append(", technopark=").append(this.technopark);
		text.append(", completedTubitakProjects=").append(this.completedTubitakProjects);
		text.append(", womenOwned=").append(this.womenOwned);
		text.append(", womenManaged=").append(this.womenManaged);
		text.append(", earthquakeRegion=").append(this.earthquakeRegion);
		text.append(", developmentRegion=").append(orDash(this.developmentRegion));
		text.append(", eTebligat=").append(orDash(this.etebligatAddress));
		return text.toString();
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

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public Long getId() {
		return this.id;
	}

	/** Gives up the tax number after an admin's decision on a claim. */
	void releaseTaxNumber(Instant now) {
		if (this.taxNumberReleasedAt != null) {
			throw new IllegalStateException("enterprise " + this.id + " no longer holds its tax number");
		}
		this.taxNumberReleasedAt = now;
	}

	public boolean isTaxNumberReleased() {
		return this.taxNumberReleasedAt != null;
	}

	public String getTaxNumber() {
		return this.taxNumber;
	}

	public TaxNumberType getTaxNumberType() {
		return this.taxNumberType;
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

	public String getAddress() {
		return this.address;
	}

	public String getNaceCode() {
		return this.naceCode;
	}

	public LocalDate getDeclarationDate() {
		return this.declarationDate;
	}

	public BigDecimal getPrivateOwnershipShare() {
		return this.privateOwnershipShare;
	}

	public boolean isRdCentre() {
		return this.rdCentre;
	}

	public boolean isDesignCentre() {
		return this.designCentre;
	}

	public boolean isTechnopark() {
		return this.technopark;
	}

	public int getCompletedTubitakProjects() {
		return this.completedTubitakProjects;
	}

	public boolean isWomenOwned() {
		return this.womenOwned;
	}

	public boolean isWomenManaged() {
		return this.womenManaged;
	}

	public boolean isEarthquakeRegion() {
		return this.earthquakeRegion;
	}

	public Integer getDevelopmentRegion() {
		return (this.developmentRegion != null) ? this.developmentRegion.intValue() : null;
	}

	public String getEtebligatAddress() {
		return this.etebligatAddress;
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
		return this.fiscalYears.stream()
			.sorted(Comparator.comparingInt(EnterpriseFiscalYear::getYear).reversed())
			.toList();
	}

	public List<EnterprisePerson> getPersons() {
		return List.copyOf(this.persons);
	}

}
