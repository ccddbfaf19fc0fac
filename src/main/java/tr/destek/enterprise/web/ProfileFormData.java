package tr.destek.enterprise.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.ProfileChange;

/** The profile edit form; {@code version} detects a concurrent change. */
public class ProfileFormData {

	@NotNull
	private Long version;

	@NotBlank(message = "{enterprise.required}")
	@Size(max = 250, message = "{enterprise.length.max}")
	private String title;

	@NotNull(message = "{enterprise.required}")
	private Short provinceCode;

	@Size(max = 500, message = "{enterprise.length.max}")
	private String address;

	@NotBlank(message = "{enterprise.required}")
	private String naceCode;

	private LocalDate declarationDate;

	@DecimalMin(value = "0", message = "{enterprise.percent.range}")
	@DecimalMax(value = "100", message = "{enterprise.percent.range}")
	private BigDecimal privateOwnershipShare;

	private boolean rdCentre;

	private boolean designCentre;

	private boolean technopark;

	@NotNull(message = "{enterprise.required}")
	@Min(value = 0, message = "{enterprise.count.range}")
	@Max(value = 10_000, message = "{enterprise.count.range}")
	private Integer completedTubitakProjects = 0;

	private boolean womenOwned;

	private boolean womenManaged;

	private boolean earthquakeRegion;

	@Min(value = 1, message = "{enterprise.developmentRegion.range}")
	@Max(value = 6, message = "{enterprise.developmentRegion.range}")
	private Integer developmentRegion;

	@Email(message = "{enterprise.email.invalid}")
	@Size(max = 254, message = "{enterprise.length.max}")
	private String etebligatAddress;

	static ProfileFormData of(Enterprise enterprise) {
		ProfileFormData form = new ProfileFormData();
		form.version = enterprise.getVersion();
		form.title = enterprise.getTitle();
		form.provinceCode = enterprise.getProvinceCode();
		form.address = enterprise.getAddress();
		form.naceCode = enterprise.getNaceCode();
		form.declarationDate = enterprise.getDeclarationDate();
		form.privateOwnershipShare = enterprise.getPrivateOwnershipShare();
		form.rdCentre = enterprise.isRdCentre();
		form.designCentre = enterprise.isDesignCentre();
		form.technopark = enterprise.isTechnopark();
		form.completedTubitakProjects = enterprise.getCompletedTubitakProjects();
		form.womenOwned = enterprise.isWomenOwned();
		form.womenManaged = enterprise.isWomenManaged();
		form.earthquakeRegion = enterprise.isEarthquakeRegion();
		form.developmentRegion = enterprise.getDevelopmentRegion();
		form.etebligatAddress = enterprise.getEtebligatAddress();
		return form;
	}

	ProfileChange toChange() {
		return new ProfileChange(this.title, this.provinceCode, this.address, this.naceCode, this.declarationDate,
				this.privateOwnershipShare, this.rdCentre, this.designCentre, this.technopark,
				this.completedTubitakProjects, this.womenOwned, this.womenManaged, this.earthquakeRegion,
				this.developmentRegion, this.etebligatAddress);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Short getProvinceCode() {
		return this.provinceCode;
	}

	public void setProvinceCode(Short provinceCode) {
		this.provinceCode = provinceCode;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getNaceCode() {
		return this.naceCode;
	}

	public void setNaceCode(String naceCode) {
		this.naceCode = naceCode;
	}

	public LocalDate getDeclarationDate() {
		return this.declarationDate;
	}

	public void setDeclarationDate(LocalDate declarationDate) {
		this.declarationDate = declarationDate;
	}

	public BigDecimal getPrivateOwnershipShare() {
		return this.privateOwnershipShare;
	}

	public void setPrivateOwnershipShare(BigDecimal privateOwnershipShare) {
		this.privateOwnershipShare = privateOwnershipShare;
	}

	public boolean isRdCentre() {
		return this.rdCentre;
	}

	public void setRdCentre(boolean rdCentre) {
		this.rdCentre = rdCentre;
	}

	public boolean isDesignCentre() {
		return this.designCentre;
	}

	public void setDesignCentre(boolean designCentre) {
		this.designCentre = designCentre;
	}

	public boolean isTechnopark() {
		return this.technopark;
	}

	public void setTechnopark(boolean technopark) {
		this.technopark = technopark;
	}

	public Integer getCompletedTubitakProjects() {
		return this.completedTubitakProjects;
	}

	public void setCompletedTubitakProjects(Integer completedTubitakProjects) {
		this.completedTubitakProjects = completedTubitakProjects;
	}

	public boolean isWomenOwned() {
		return this.womenOwned;
	}

	public void setWomenOwned(boolean womenOwned) {
		this.womenOwned = womenOwned;
	}

	public boolean isWomenManaged() {
		return this.womenManaged;
	}

	public void setWomenManaged(boolean womenManaged) {
		this.womenManaged = womenManaged;
	}

	public boolean isEarthquakeRegion() {
		return this.earthquakeRegion;
	}

	public void setEarthquakeRegion(boolean earthquakeRegion) {
		this.earthquakeRegion = earthquakeRegion;
	}

	public Integer getDevelopmentRegion() {
		return this.developmentRegion;
	}

	public void setDevelopmentRegion(Integer developmentRegion) {
		this.developmentRegion = developmentRegion;
	}

	public String getEtebligatAddress() {
		return this.etebligatAddress;
	}

	public void setEtebligatAddress(String etebligatAddress) {
		this.etebligatAddress = etebligatAddress;
	}

}
