package tr.destek.kosgeb;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One answered item of the Başvuru Kontrol Tablosu (TAB.34.00.01) for one application:
 * the responsible staff member's result and note (MADDE 9(1)). Items not answered yet
 * have no row.
 */
@Entity
@Table(name = "kosgeb_control_check")
public class ControlCheck {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private Long applicationId;

	@Column(name = "item_code", nullable = false, updatable = false)
	private String itemCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CheckResult result;

	private String note;

	@Column(name = "checked_by", nullable = false)
	private String checkedBy;

	@Column(name = "checked_at", nullable = false)
	private Instant checkedAt;

	protected ControlCheck() {
	}

	ControlCheck(Long applicationId, String itemCode) {
		this.applicationId = applicationId;
		this.itemCode = itemCode;
	}

	void answer(CheckResult result, String note, String by, Instant at) {
		this.result = result;
		this.note = (note == null || note.isBlank()) ? null : note.trim();
		this.checkedBy = by;
		this.checkedAt = at;
	}

	String describe() {
		return this.itemCode + "=" + this.result + (this.note != null ? " (" + this.note + ")" : "");
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public String getItemCode() {
		return this.itemCode;
	}

	public CheckResult getResult() {
		return this.result;
	}

	public String getNote() {
		return this.note;
	}

	public String getCheckedBy() {
		return this.checkedBy;
	}

	public Instant getCheckedAt() {
		return this.checkedAt;
	}

}
