package tr.destek.board.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import tr.destek.board.EvaluatorFeeDays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The evaluator fee-days CSV neutralises formulas in its text cells (issue #9). */
class FeeDaysCsvTests {

	@Test
	void namesAndMeetingsStartingWithAFormulaCharacterOrTabAreNeutralised_dayCountsStayNumbers() {
		EvaluatorFeeDays feeDays = mock(EvaluatorFeeDays.class);
		YearMonth month = YearMonth.of(2026, 11);
		when(feeDays.report(month)).thenReturn(
				List.of(new EvaluatorFeeDays.Evaluator(1L, "\t=cmd|' /C calc'!A0", "@degerlendirici@example.com.tr",
						List.of(LocalDate.of(2026, 11, 5)), List.of(new EvaluatorFeeDays.MeetingDay(9L, "Kurul",
								LocalDate.of(2026, 11, 5), Instant.parse("2026-11-05T07:00:00Z"))))));
		StaticMessageSource messages = new StaticMessageSource();
		for (String key : List.of("evaluator", "email", "month", "days", "meetings", "filename")) {
			messages.addMessage("board.fee.csv." + key, Locale.ROOT, key);
		}
		FeeDaysController controller = new FeeDaysController(feeDays, messages, Clock.systemUTC());

		String body = new String(controller.csv("2026-11", Locale.ROOT).getBody(), StandardCharsets.UTF_8);

		String line = body.lines().skip(1).findFirst().orElseThrow();
		assertThat(line).startsWith("'\t=cmd|' /C calc'!A0;'@degerlendirici@example.com.tr;2026-11;1;");
	}

}
