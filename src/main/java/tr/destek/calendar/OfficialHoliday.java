package tr.destek.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One official holiday (resmî tatil) of Türkiye, or a half-day eve (arife). Half days are
 * working days for deadlines (deadlines.md item 6) and are kept for display only.
 */
@Entity
@Table(name = "official_holiday")
public class OfficialHoliday {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "holiday_date", nullable = false)
	private LocalDate date;

	@Column(name = "name_tr", nullable = false)
	private String nameTr;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "half_day", nullable = false)
	private boolean halfDay;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	protected OfficialHoliday() {
	}

	OfficialHoliday(LocalDate date, String nameTr, String nameEn, boolean halfDay, Instant createdAt,
			String createdBy) {
		this.date = date;
		this.nameTr = nameTr;
		this.nameEn = nameEn;
		this.halfDay = halfDay;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public String getNameTr() {
		return this.nameTr;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public boolean isHalfDay() {
		return this.halfDay;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	Holiday toHoliday() {
		return new Holiday(this.date, this.nameTr, this.nameEn, this.halfDay);
	}

	/** A readable rendering for the audit trail. */
	String describe() {
		return this.date + " " + this.nameTr + " / " + this.nameEn + (this.halfDay ? " (half day)" : "");
	}

}
