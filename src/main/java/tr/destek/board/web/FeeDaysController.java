package tr.destek.board.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tr.destek.board.EvaluatorFeeDays;
import tr.destek.platform.ContentDispositions;
import tr.destek.platform.CsvCells;
import tr.destek.platform.DestekTime;

/**
 * The secretariat's monthly report of the independent evaluators' meeting days (MADDE
 * 19(2): one day's fee per meeting day), on the page and as CSV.
 */
@Controller
class FeeDaysController {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final EvaluatorFeeDays feeDays;

	private final MessageSource messages;

	private final Clock clock;

	FeeDaysController(EvaluatorFeeDays feeDays, MessageSource messages, Clock clock) {
		this.feeDays = feeDays;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/board/secretariat/fee-days")
	String show(@RequestParam(required = false) String month, Model model) {
		YearMonth current = YearMonth.now(this.clock.withZone(DestekTime.ZONE));
		YearMonth parsed = (month == null || month.isBlank()) ? current : parse(month);
		if (parsed == null) {
			// keeps what the user typed, with the message next to the field
			model.addAttribute("monthError", true);
			model.addAttribute("month", month);
			parsed = current;
		}
		else {
			model.addAttribute("month", parsed.toString());
		}
		model.addAttribute("reportMonth", parsed);
		model.addAttribute("evaluators", this.feeDays.report(parsed));
		return "board/secretariat/fee-days";
	}

	@GetMapping("/board/secretariat/fee-days/csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String month, Locale locale) {
		YearMonth parsed = parse(month);
		if (parsed == null) {
			return ResponseEntity.badRequest().build();
		}
		List<EvaluatorFeeDays.Evaluator> report = this.feeDays.report(parsed);
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(CsvCells.row(CsvCells.text(text("board.fee.csv.evaluator", locale)),
				CsvCells.text(text("board.fee.csv.email", locale)), CsvCells.text(text("board.fee.csv.month", locale)),
				CsvCells.text(text("board.fee.csv.days", locale)),
				CsvCells.text(text("board.fee.csv.meetings", locale))))
			.append(CsvCells.LINE_END);
		for (EvaluatorFeeDays.Evaluator e : report) {
			String meetings = e.meetings()
				.stream()
				.map(m -> DATE.format(m.date()) + " " + TIME.format(m.startsAt().atZone(DestekTime.ZONE)) + " "
						+ m.boardName())
				.collect(Collectors.joining(" | "));
			csv.append(CsvCells.row(CsvCells.text(e.name()), CsvCells.text(e.email()), CsvCells.text(parsed.toString()),
					CsvCells.number(e.dayCount()), CsvCells.text(meetings)))
				.append(CsvCells.LINE_END);
		}
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.contentLength(bytes.length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDispositions.attachment(text("board.fee.csv.filename", locale) + "-" + parsed + ".csv"))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(bytes);
	}

	private static YearMonth parse(String month) {
		if (month == null || month.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
