package tr.destek.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tr.destek.calendar.Deadline;
import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.DeadlineMessages;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.platform.ApiErrors;

/**
 * Public deadline calculator (no sign-in): the end of a period counted by KOSGEB UE MADDE
 * 18(13) and (14). The explanation is in the language of {@code lang}, else of
 * {@code Accept-Language}, else Turkish (the platform's API language rule).
 */
@RestController
@Tag(name = "Calculations", description = "Public calculators")
class DeadlineApiController {

	static final int MAX_AMOUNT = 3650;

	private static final DateTimeFormatter END_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX",
			Locale.ROOT);

	private final DeadlineCalendar calendar;

	private final DeadlineMessages deadlineMessages;

	private final MessageSource messages;

	DeadlineApiController(DeadlineCalendar calendar, DeadlineMessages deadlineMessages, MessageSource messages) {
		this.calendar = calendar;
		this.deadlineMessages = deadlineMessages;
		this.messages = messages;
	}

	@GetMapping("/api/v1/calculations/deadline")
	@Operation(summary = "End of a period (süre) under KOSGEB UE MADDE 18(13)/(14)",
			description = "The trigger day is day 0 and counting starts the next day; official holidays inside the "
					+ "period count. A last day on a Saturday, Sunday or full-day official holiday moves to the first "
					+ "working day after it (half-day eves, arife, are working days). Months and years end on the "
					+ "same-numbered day, or on the last day of the month when it has no such day. The period ends "
					+ "at 23:59 for electronic acts and at the end of office hours for physical delivery, "
					+ "in Europe/Istanbul. The reason is given in the language of `lang` (tr|en), else of "
					+ "Accept-Language, else Turkish.")
	@ApiResponse(responseCode = "200", description = "The deadline",
			content = @Content(schema = @Schema(implementation = DeadlineResponse.class)))
	@ApiResponse(responseCode = "400", description = "Invalid input: {\"errors\":[{\"field\":..,\"message\":..}]}",
			content = @Content(schema = @Schema(implementation = ApiErrors.class)))
	ResponseEntity<?> deadline(
			@Parameter(description = "Day of the triggering event (day 0), ISO date YYYY-MM-DD", example = "2026-05-15",
					required = true,
					schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String start,
			@Parameter(description = "Length of the period, 1 to 3650", example = "15", required = true,
					schema = @Schema(type = "integer", minimum = "1", maximum = "3650")) @RequestParam(
							required = false) String amount,
			@Parameter(description = "Unit of the period", example = "DAYS", required = true,
					schema = @Schema(type = "string", allowableValues = { "DAYS", "MONTHS", "YEARS" })) @RequestParam(
							required = false) String unit,
			@Parameter(
					description = "ELECTRONIC (ends 23:59) or PHYSICAL (ends at the end of office hours); "
							+ "ELECTRONIC when absent",
					example = "ELECTRONIC",
					schema = @Schema(type = "string", allowableValues = { "ELECTRONIC", "PHYSICAL" },
							defaultValue = "ELECTRONIC")) @RequestParam(required = false) String delivery,
			@Parameter(description = "Language of the reason: tr (default) or en",
					schema = @Schema(type = "string", allowableValues = { "tr", "en" })) @RequestParam(
							required = false) String lang) {
		Locale locale = LocaleContextHolder.getLocale();
		List<ApiErrors.FieldMessage> errors = new ArrayList<>();
		LocalDate startDate = parseDate("start", start, errors, locale);
		Integer amountValue = parseAmount(amount, errors, locale);
		PeriodUnit unitValue = parseEnum("unit", unit, PeriodUnit.class, null, errors, locale);
		Delivery deliveryValue = parseEnum("delivery", delivery, Delivery.class, Delivery.ELECTRONIC, errors, locale);
		if (amountValue != null && unitValue != null && amountValue > unitValue.maxAmount()) {
			// the limit depends on the unit: ten years in days, months or years
			// (PeriodUnit)
			errors.add(error("amount", "calendar.api.amount.range", locale, 1, unitValue.maxAmount()));
		}
		if (!errors.isEmpty()) {
			return ResponseEntity.badRequest().body(new ApiErrors(errors));
		}
		Deadline deadline = this.calendar.deadline(startDate, amountValue, unitValue, deliveryValue);
		return ResponseEntity.ok(new DeadlineResponse(deadline.start().toString(), deadline.lastDay().toString(),
				END_FORMAT.format(deadline.end()), deadline.shifted(), this.deadlineMessages.reason(deadline, locale)));
	}

	private LocalDate parseDate(String field, String value, List<ApiErrors.FieldMessage> errors, Locale locale) {
		if (value == null || value.isBlank()) {
			errors.add(error(field, "calendar.api.required", locale));
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			errors.add(error(field, "calendar.api.start.invalid", locale, value));
			return null;
		}
	}

	private Integer parseAmount(String value, List<ApiErrors.FieldMessage> errors, Locale locale) {
		if (value == null || value.isBlank()) {
			errors.add(error("amount", "calendar.api.required", locale));
			return null;
		}
		int amount;
		try {
			amount = Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			errors.add(error("amount", "calendar.api.amount.range", locale, 1, MAX_AMOUNT));
			return null;
		}
		if (amount < 1 || amount > MAX_AMOUNT) {
			errors.add(error("amount", "calendar.api.amount.range", locale, 1, MAX_AMOUNT));
			return null;
		}
		return amount;
	}

	private <E extends Enum<E>> E parseEnum(String field, String value, Class<E> type, E absent,
			List<ApiErrors.FieldMessage> errors, Locale locale) {
		if (value == null || value.isBlank()) {
			if (absent == null) {
				errors.add(error(field, "calendar.api.required", locale));
			}
			return absent;
		}
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
				return candidate;
			}
		}
		errors.add(error(field, "calendar.api." + field + ".invalid", locale, value));
		return null;
	}

	private ApiErrors.FieldMessage error(String field, String key, Locale locale, Object... args) {
		return new ApiErrors.FieldMessage(field, this.messages.getMessage(key, args, locale));
	}

	/** The contracted body of a successful answer. */
	@JsonPropertyOrder({ "start", "lastDay", "end", "shifted", "reason" })
	@Schema(description = "A deadline under KOSGEB UE MADDE 18(13)/(14)")
	record DeadlineResponse(
			@Schema(description = "Day of the triggering event (day 0)", example = "2026-05-15") String start,
			@Schema(description = "Last day as counted, before any shift", example = "2026-05-30") String lastDay,
			@Schema(description = "Final moment, Europe/Istanbul", example = "2026-06-01T23:59:00+03:00") String end,
			@Schema(description = "Whether the end moved past a weekend or official holiday") boolean shifted,
			@Schema(description = "Why, citing MADDE 18, in the requested language") String reason) {
	}

}
