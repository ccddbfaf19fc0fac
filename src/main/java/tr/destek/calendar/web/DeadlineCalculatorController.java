package tr.destek.calendar.web;

import java.time.Clock;

import jakarta.validation.Valid;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.platform.DestekTime;

/**
 * The public deadline calculator page: the same computation as the API (KOSGEB UE MADDE
 * 18(13)/(14)), with the holidays that fell inside the period.
 */
@Controller
class DeadlineCalculatorController {

	static final String VIEW = "calendar/deadline";

	private final DeadlineCalendar calendar;

	private final Clock clock;

	DeadlineCalculatorController(DeadlineCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@InitBinder("deadlineForm")
	void initBinder(WebDataBinder binder) {
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("calendar.");
		binder.setMessageCodesResolver(codes);
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("units", PeriodUnit.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("officeHoursEnd", this.calendar.officeHoursEnd());
	}

	@GetMapping(path = "/calculators/deadline", params = "!start")
	String initCalculatorForm(Model model) {
		DeadlineFormData form = new DeadlineFormData();
		form.setStart(DestekTime.today(this.clock));
		model.addAttribute("deadlineForm", form);
		return VIEW;
	}

	@GetMapping(path = "/calculators/deadline", params = "start")
	String processCalculatorForm(@Valid @ModelAttribute("deadlineForm") DeadlineFormData form, BindingResult result,
			Model model) {
		// the limit depends on the unit: ten years in days, months or years (PeriodUnit)
		if (!result.hasFieldErrors("amount") && !result.hasFieldErrors("unit") && form.getAmount() != null
				&& form.getUnit() != null && form.getAmount() > form.getUnit().maxAmount()) {
			result.rejectValue("amount", "form.amount.unit-range", new Object[] { form.getUnit().maxAmount(),
					new DefaultMessageSourceResolvable("calendar.unit." + form.getUnit().name()) }, null);
		}
		if (!result.hasErrors()) {
			model.addAttribute("deadline",
					this.calendar.deadline(form.getStart(), form.getAmount(), form.getUnit(), form.getDelivery()));
		}
		return VIEW;
	}

}
