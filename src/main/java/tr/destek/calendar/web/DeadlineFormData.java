package tr.destek.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;

/** The public deadline calculator's form (GET, so the result can be bookmarked). */
class DeadlineFormData {

	@NotNull(message = "{calendar.form.start.required}")
	private LocalDate start;

	@NotNull(message = "{calendar.form.amount.required}")
	@Min(value = 1, message = "{calendar.form.amount.range}")
	@Max(value = DeadlineApiController.MAX_AMOUNT, message = "{calendar.form.amount.range}")
	private Integer amount;

	@NotNull(message = "{calendar.form.unit.required}")
	private PeriodUnit unit = PeriodUnit.DAYS;

	@NotNull(message = "{calendar.form.delivery.required}")
	private Delivery delivery = Delivery.ELECTRONIC;

	public LocalDate getStart() {
		return this.start;
	}

	public void setStart(LocalDate start) {
		this.start = start;
	}

	public Integer getAmount() {
		return this.amount;
	}

	public void setAmount(Integer amount) {
		this.amount = amount;
	}

	public PeriodUnit getUnit() {
		return this.unit;
	}

	public void setUnit(PeriodUnit unit) {
		this.unit = unit;
	}

	public Delivery getDelivery() {
		return this.delivery;
	}

	public void setDelivery(Delivery delivery) {
		this.delivery = delivery;
	}

}
