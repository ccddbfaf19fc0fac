package tr.destek.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An admin's new official holiday. */
class HolidayFormData {

	@NotNull(message = "{calendar.admin.date.required}")
	private LocalDate date;

	@NotBlank(message = "{calendar.admin.name.required}")
	@Size(max = 120, message = "{calendar.admin.name.size}")
	private String nameTr;

	@NotBlank(message = "{calendar.admin.name.required}")
	@Size(max = 120, message = "{calendar.admin.name.size}")
	private String nameEn;

	private boolean halfDay;

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getNameTr() {
		return this.nameTr;
	}

	public void setNameTr(String nameTr) {
		this.nameTr = nameTr;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public boolean isHalfDay() {
		return this.halfDay;
	}

	public void setHalfDay(boolean halfDay) {
		this.halfDay = halfDay;
	}

}
