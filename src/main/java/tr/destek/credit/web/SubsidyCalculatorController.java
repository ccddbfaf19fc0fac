package tr.destek.credit.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import tr.destek.credit.InterestSubsidySchedule;
import tr.destek.credit.InterestSubsidyService;
import tr.destek.credit.LoanLimits;
import tr.destek.platform.AmountText;
import tr.destek.platform.DestekTime;
import tr.destek.platform.InvalidInputException;
import tr.destek.platform.web.RuleErrors;

/**
 * The public KOSGEB interest subsidy calculator page (no login): the same schedule as the
 * API (KOSGEB UE-34.00/03 MADDE 15(4)), as a table and a chart. A GET form: computing
 * changes nothing, and the result can be bookmarked.
 */
@Controller
class SubsidyCalculatorController {

	static final String VIEW = "credit/kosgeb-subsidy";

	static final String PATH = "/calculators/kosgeb-subsidy";

	private final InterestSubsidyService subsidies;

	private final Clock clock;

	SubsidyCalculatorController(InterestSubsidyService subsidies, Clock clock) {
		this.subsidies = subsidies;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		LoanLimits limits = this.subsidies.limitsOn(DestekTime.today(this.clock));
		model.addAttribute("termChoices", steps(LoanLimits.QUARTER_MONTHS, limits.maxTermMonths()));
		model.addAttribute("graceChoices", steps(0, limits.maxGraceMonths()));
	}

	@GetMapping(path = PATH, params = "!loanAmount")
	String initCalculatorForm(Model model) {
		SubsidyCalculatorFormData form = new SubsidyCalculatorFormData();
		LoanLimits limits = this.subsidies.limitsOn(DestekTime.today(this.clock));
		form.setTermMonths(limits.maxTermMonths());
		form.setGraceMonths(limits.maxGraceMonths());
		form.setDisbursementDate(DestekTime.today(this.clock));
		model.addAttribute("subsidyForm", form);
		return VIEW;
	}

	@GetMapping(path = PATH, params = "loanAmount")
	String processCalculatorForm(@Valid @ModelAttribute("subsidyForm") SubsidyCalculatorFormData form,
			BindingResult result, Model model) {
		Optional<BigDecimal> amount = amount(form.getLoanAmount());
		if (StringUtils.hasText(form.getLoanAmount()) && amount.isEmpty()) {
			result.rejectValue("loanAmount", "credit.error.amount.format");
		}
		Optional<BigDecimal> points = amount(form.getSupportPoints());
		if (StringUtils.hasText(form.getSupportPoints()) && points.isEmpty()) {
			result.rejectValue("supportPoints", "credit.error.supportPoints.format");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			InterestSubsidySchedule schedule = this.subsidies.schedule(amount.get(), form.getDisbursementDate(),
					form.getTermMonths(), form.getGraceMonths(), points.orElse(null), null);
			model.addAttribute("schedule", schedule);
			model.addAttribute("chart", ScheduleChart.of(schedule));
		}
		catch (InvalidInputException ex) {
			RuleErrors.reject(result, ex);
		}
		return VIEW;
	}

	/**
	 * The amount as typed (Turkish, plain or English notation, see {@link AmountText}),
	 * or empty when the text is blank or not an amount.
	 */
	private static Optional<BigDecimal> amount(String text) {
		if (!StringUtils.hasText(text)) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(AmountText.parse(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static List<Integer> steps(int from, int to) {
		List<Integer> values = new ArrayList<>();
		for (int v = from; v <= to; v += LoanLimits.QUARTER_MONTHS) {
			values.add(v);
		}
		return values;
	}

}
