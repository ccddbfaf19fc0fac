package tr.destek.calendar.web;

import java.time.Clock;
import java.util.Locale;
import java.util.TreeSet;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.calendar.DeadlineMessages;
import tr.destek.calendar.DuplicateHolidayDateException;
import tr.destek.calendar.OfficialHoliday;
import tr.destek.calendar.OfficialHolidays;
import tr.destek.platform.DestekTime;
import tr.destek.platform.web.RuleErrors;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The admin's holiday calendar (deadlines.md item 6): list by year, add, remove. Every
 * change is audited by {@link OfficialHolidays}.
 */
@Controller
class HolidayAdminController {

	static final String LIST_VIEW = "calendar/admin/holidays";

	static final String DELETE_VIEW = "calendar/admin/delete";

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2999;

	private final OfficialHolidays holidays;

	private final MessageSource messages;

	private final Clock clock;

	HolidayAdminController(OfficialHolidays holidays, MessageSource messages, Clock clock) {
		this.holidays = holidays;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("holidayForm")
	void initBinder(WebDataBinder binder) {
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("calendar.");
		binder.setMessageCodesResolver(codes);
	}

	@GetMapping("/admin/holidays")
	String initHolidayForm(@RequestParam(required = false) Integer year, Model model) {
		boolean sensible = year != null && year >= MIN_YEAR && year <= MAX_YEAR;
		int shown = sensible ? year : DestekTime.today(this.clock).getYear();
		model.addAttribute("holidayForm", new HolidayFormData());
		return list(shown, model);
	}

	@PostMapping("/admin/holidays")
	String processHolidayForm(@Valid @ModelAttribute("holidayForm") HolidayFormData form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		int year = (form.getDate() != null) ? form.getDate().getYear() : DestekTime.today(this.clock).getYear();
		if (result.hasErrors()) {
			return list(year, model);
		}
		OfficialHoliday added;
		try {
			added = this.holidays.add(form.getDate(), form.getNameTr(), form.getNameEn(), form.isHalfDay());
		}
		catch (DuplicateHolidayDateException ex) {
			RuleErrors.reject(result, ex);
			return list(year, model);
		}
		redirect.addFlashAttribute("flashSuccess", this.messages.getMessage("calendar.admin.added",
				new Object[] { DeadlineMessages.date(added.getDate(), locale()) }, locale()));
		redirect.addAttribute("year", year);
		return "redirect:/admin/holidays";
	}

	@GetMapping("/admin/holidays/{id}/delete")
	String confirmRemoval(@PathVariable long id, Model model) {
		model.addAttribute("holiday", this.holidays.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		return DELETE_VIEW;
	}

	@PostMapping("/admin/holidays/{id}/delete")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		OfficialHoliday removed = this.holidays.remove(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		redirect.addFlashAttribute("flashSuccess", this.messages.getMessage("calendar.admin.removed",
				new Object[] { DeadlineMessages.date(removed.getDate(), locale()) }, locale()));
		redirect.addAttribute("year", removed.getDate().getYear());
		return "redirect:/admin/holidays";
	}

	private String list(int year, Model model) {
		TreeSet<Integer> years = new TreeSet<>(this.holidays.years());
		int thisYear = DestekTime.today(this.clock).getYear();
		years.add(thisYear);
		years.add(thisYear + 1);
		years.add(year);
		model.addAttribute("year", year);
		model.addAttribute("years", years);
		model.addAttribute("holidays", this.holidays.inYear(year));
		return LIST_VIEW;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
