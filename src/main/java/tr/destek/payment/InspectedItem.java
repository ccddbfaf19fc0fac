package tr.destek.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One approved expense item as the expert found it: brand, model, serial number and
 * whether it meets the minimum technical specification, with a note when it does not
 * (MADDE 15(3),(4)). Photos are documents owned by this line.
 */
@Entity
@Table(name = "payment_inspection_item")
public class InspectedItem {

	/** The document owner type of the photos. */
	public static final String PHOTO_OWNER = "PaymentInspectionItem";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "inspection_id", updatable = false)
	private Inspection inspection;

	@Column(name = "expense_item_id", nullable = false, updatable = false)
	private Long expenseItemId;

	@Column(nullable = false, updatable = false)
	private String description;

	@Column(nullable = false, updatable = false)
	private String brand;

	@Column(nullable = false, updatable = false)
	private String model;

	@Column(name = "serial_number", nullable = false, updatable = false)
	private String serialNumber;

	@Column(name = "meets_spec", nullable = false, updatable = false)
	private boolean meetsSpec;

	@Column(updatable = false)
	private String note;

	protected InspectedItem() {
	}

	InspectedItem(Inspection inspection, Long expenseItemId, String description, String brand, String model,
			String serialNumber, boolean meetsSpec, String note) {
		this.inspection = inspection;
		this.expenseItemId = expenseItemId;
		this.description = description;
		this.brand = brand;
		this.model = model;
		this.serialNumber = serialNumber;
		this.meetsSpec = meetsSpec;
		this.note = note;
	}

	public Long getId() {
		return this.id;
	}

	public Inspection getInspection() {
		return this.inspection;
	}

	public Long getExpenseItemId() {
		return this.expenseItemId;
	}

	public String getDescription() {
		return this.description;
	}

	public String getBrand() {
		return this.brand;
	}

	public String getModel() {
		return this.model;
	}

	public String getSerialNumber() {
		return this.serialNumber;
	}

	public boolean isMeetsSpec() {
		return this.meetsSpec;
	}

	public String getNote() {
		return this.note;
	}

}
