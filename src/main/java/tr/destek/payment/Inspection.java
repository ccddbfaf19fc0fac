package tr.destek.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A Tespit Tutanağı (FRM.34.00.09, MADDE 15(3),(4)): the responsible expert's on-site
 * visit to an accepted enterprise, registered (evrak kaydı) with a number, and one line
 * per approved expense item. Never changed once recorded: a new finding is a new
 * inspection.
 */
@Entity
@Table(name = "payment_inspection")
public class Inspection {

	public static final String FORM_CODE = "FRM.34.00.09";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The programme whose file it is (e.g. KOSGEB). */
	@Column(name = "subject_source", nullable = false, updatable = false)
	private String subjectSource;

	@Column(name = "application_id", nullable = false, updatable = false)
	private Long applicationId;

	@Column(name = "enterprise_id", nullable = false, updatable = false)
	private Long enterpriseId;

	@Column(name = "province_code", nullable = false, updatable = false)
	private Short provinceCode;

	@Column(name = "visit_date", nullable = false, updatable = false)
	private LocalDate visitDate;

	@Column(name = "registry_number", nullable = false, updatable = false)
	private String registryNumber;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<InspectedItem> items = new ArrayList<>();

	protected Inspection() {
	}

	Inspection(String subjectSource, Long applicationId, Long enterpriseId, Short provinceCode, LocalDate visitDate,
			String registryNumber, Instant recordedAt, String recordedBy) {
		this.subjectSource = subjectSource;
		this.applicationId = applicationId;
		this.enterpriseId = enterpriseId;
		this.provinceCode = provinceCode;
		this.visitDate = visitDate;
		this.registryNumber = registryNumber;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	InspectedItem add(Long expenseItemId, String description, String brand, String model, String serialNumber,
			boolean meetsSpec, String note) {
		InspectedItem item = new InspectedItem(this, expenseItemId, description, brand, model, serialNumber, meetsSpec,
				note);
		this.items.add(item);
		return item;
	}

	public boolean allPassed() {
		return this.items.stream().allMatch(InspectedItem::isMeetsSpec);
	}

	public Long getId() {
		return this.id;
	}

	public String getSubjectSource() {
		return this.subjectSource;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public Short getProvinceCode() {
		return this.provinceCode;
	}

	public LocalDate getVisitDate() {
		return this.visitDate;
	}

	public String getRegistryNumber() {
		return this.registryNumber;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public List<InspectedItem> getItems() {
		return Collections.unmodifiableList(this.items);
	}

	String describe() {
		StringBuilder text = new StringBuilder("visitDate=" + this.visitDate + ", registry=" + this.registryNumber);
		for (InspectedItem item : this.items) {
			text.append("; item ")
				.append(item.getExpenseItemId())
				.append(' ')
				.append(item.getBrand())
				.append('/')
				.append(item.getModel())
				.append('/')
				.append(item.getSerialNumber())
				.append(item.isMeetsSpec() ? " meets spec" : " FAILS spec: " + item.getNote());
		}
		return text.toString();
	}

}
