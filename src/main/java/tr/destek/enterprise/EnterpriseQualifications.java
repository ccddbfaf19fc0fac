package tr.destek.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the enterprise declares about itself that eligibility and scoring rules read: the
 * declaration date, the private ownership share, R&amp;D / design centre and technopark
 * status, completed TÜBİTAK projects, women ownership and management, the earthquake
 * region and the development region (1–6). The ranges are checked here.
 */
@Embeddable
class EnterpriseQualifications {

	static final int MAX_PROJECTS = 10_000;

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

	/** Nothing declared yet (a new enterprise). */
	protected EnterpriseQualifications() {
	}

	/**
	 * The declared values of a profile change; values outside their allowed ranges are
	 * refused, naming the field.
	 * @param today today in Europe/Istanbul: the declaration date may not be later
	 */
	EnterpriseQualifications(ProfileChange change, LocalDate today) {
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
	}

	LocalDate declarationDate() {
		return this.declarationDate;
	}

	BigDecimal privateOwnershipShare() {
		return this.privateOwnershipShare;
	}

	boolean rdCentre() {
		return this.rdCentre;
	}

	boolean designCentre() {
		return this.designCentre;
	}

	boolean technopark() {
		return this.technopark;
	}

	int completedTubitakProjects() {
		return this.completedTubitakProjects;
	}

	boolean womenOwned() {
		return this.womenOwned;
	}

	boolean womenManaged() {
		return this.womenManaged;
	}

	boolean earthquakeRegion() {
		return this.earthquakeRegion;
	}

	Integer developmentRegion() {
		return (this.developmentRegion != null) ? this.developmentRegion.intValue() : null;
	}

}
