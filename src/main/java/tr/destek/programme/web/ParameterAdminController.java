package tr.destek.programme.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import tr.destek.platform.DestekTime;
import tr.destek.programme.ParameterDefinition;
import tr.destek.programme.ParameterOverview;
import tr.destek.programme.ParameterUnit;
import tr.destek.programme.ParameterVersion;
import tr.destek.programme.ParameterVersionRejectedException;
import tr.destek.programme.ProgrammeParameters;

/**
 * Programme parameters for the admin (ADMIN only, see SecurityConfiguration): the values
 * in force on a date, the history of each parameter and a form to add a new version.
 */
@Controller
@RequestMapping("/admin/parameters")
class ParameterAdminController {

	static final String FORM = "form";

	private final ProgrammeParameters parameters;

	private final MessageSource messages;

	private final Clock clock;

	ParameterAdminController(ProgrammeParameters parameters, MessageSource messages, Clock clock) {
		this.parameters = parameters;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "scope", "key");
	}

	@GetMapping
	String list(@RequestParam(name = "asOf", required = false) String asOf, Model model, Locale locale) {
		LocalDate today = DestekTime.today(this.clock);
		LocalDate date = today;
		if (asOf != null && !asOf.isBlank()) {
			try {
				date = LocalDate.parse(asOf.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("asOfError", true);
			}
		}
		Map<String, List<ParameterRow>> byScope = new LinkedHashMap<>();
		for (ParameterOverview overview : this.parameters.overview(date)) {
			byScope.computeIfAbsent(overview.definition().getScope(), (scope) -> new ArrayList<>())
				.add(ParameterRow.of(overview, locale));
		}
		model.addAttribute("groups",
				byScope.entrySet().stream().map((entry) -> new ScopeGroup(entry.getKey(), entry.getValue())).toList());
		model.addAttribute("asOf", date);
		model.addAttribute("asOfInput", (asOf != null) ? asOf : date.toString());
		model.addAttribute("today", today);
		return "programme/parameters";
	}

	@GetMapping("/{scope}/{key}")
	String history(@PathVariable String scope, @PathVariable String key, Model model, Locale locale) {
		model.addAttribute("parameter", row(scope, key, locale));
		model.addAttribute("today", DestekTime.today(this.clock));
		return "programme/history";
	}

	@GetMapping("/{scope}/{key}/new")
	String initVersionForm(@PathVariable String scope, @PathVariable String key, Model model, Locale locale) {
		model.addAttribute(FORM, new ParameterVersionFormData());
		return versionForm(scope, key, model, locale);
	}

	@PostMapping("/{scope}/{key}/new")
	String processVersionForm(@PathVariable String scope, @PathVariable String key,
			@Valid @ModelAttribute(FORM) ParameterVersionFormData form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		ParameterDefinition definition = this.parameters.definition(scope, key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LocalDate validFrom = null;
		if (!result.hasFieldErrors("validFrom")) {
			try {
				validFrom = LocalDate.parse(form.getValidFrom().strip(), DateTimeFormatter.ISO_LOCAL_DATE);
			}
			catch (DateTimeParseException ex) {
				result.rejectValue("validFrom", "programme.error.valid-from.format");
			}
		}
		ParameterUnit unit = definition.parameterUnit();
		String value = unit.isNumeric() ? LocalizedNumbers.toPlain(form.getValue(), locale) : form.getValue();
		if (result.hasErrors()) {
			// show every problem at once: what the service would also refuse, next to the
			// fields that have no error yet
			reject(result,
					this.parameters.checkVersion(scope, key, value, validFrom, form.getSourceArticle(), form.getNote()),
					locale);
			return versionForm(scope, key, model, locale);
		}
		try {
			ParameterVersion added = this.parameters.addVersion(scope, key, value, validFrom, form.getSourceArticle(),
					form.getNote());
			redirect.addFlashAttribute("flashSuccess", this.messages.getMessage("programme.version.added",
					new Object[] { scope + " / " + key, formatDate(added.getValidFrom(), locale) }, locale));
		}
		catch (ParameterVersionRejectedException ex) {
			reject(result, ex.violations(), locale);
			return versionForm(scope, key, model, locale);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/parameters/{scope}/{key}")
			.buildAndExpand(scope, key)
			.encode()
			.toUriString();
	}

	private void reject(BindingResult result, List<ParameterVersionRejectedException.Violation> violations,
			Locale locale) {
		for (ParameterVersionRejectedException.Violation violation : violations) {
			Object[] arguments = localized(violation.arguments(), locale);
			if ("key".equals(violation.field())) {
				result.reject(violation.code(), arguments, violation.defaultMessage());
			}
			else if (!result.hasFieldErrors(violation.field())) {
				result.rejectValue(violation.field(), violation.code(), arguments, violation.defaultMessage());
			}
		}
	}

	private String versionForm(String scope, String key, Model model, Locale locale) {
		model.addAttribute("parameter", row(scope, key, locale));
		model.addAttribute("today", DestekTime.today(this.clock));
		return "programme/version-form";
	}

	private ParameterRow row(String scope, String key, Locale locale) {
		return this.parameters.history(scope, key, DestekTime.today(this.clock))
			.map((overview) -> ParameterRow.of(overview, locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Object[] localized(Object[] arguments, Locale locale) {
		Object[] result = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			result[i] = (arguments[i] instanceof LocalDate date) ? formatDate(date, locale) : arguments[i];
		}
		return result;
	}

	private String formatDate(LocalDate date, Locale locale) {
		String pattern = this.messages.getMessage("programme.date-pattern", null, locale);
		return date.format(DateTimeFormatter.ofPattern(pattern, locale));
	}

}
