package tr.destek.board;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** MADDE 19(2): one day's fee per meeting day for each independent evaluator. */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class EvaluatorFeeDaysTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	BoardMemberService members;

	@Autowired
	EvaluatorFeeDays feeDays;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Meeting held(Board board, LocalDateTime at, List<Long> signers) {
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Ankara", null,
				LocalDate.now(DestekTime.ZONE).plusDays(15).atTime(LocalTime.of(10, 0)));
		this.meetings.addOtherItem(meeting.getId(), "Sonlandırma talepleri");
		this.meetings.sendAgenda(meeting.getId());
		signers.forEach(s -> this.members.sign(meeting.getId(), s));
		// the meeting took place at "at"
		this.jdbc.update("update board_meeting set starts_at = ?, meeting_date = ? where id = ?",
				Timestamp.from(at.atZone(DestekTime.ZONE).toInstant()), at.toLocalDate(), meeting.getId());
		return meeting;
	}

	@Test
	void madde19_2_twoMeetingsOnTheSameDayCountAsOneFeeDayAndTheChairIsNotAnEvaluator() throws Exception {
		BoardFixtures fixtures = new BoardFixtures(this.context);
		Board board = fixtures.board();
		Long chair = board.activeSeats()
			.stream()
			.filter(s -> s.getRole() == SeatRole.CHAIR)
			.findFirst()
			.orElseThrow()
			.getUserId();
		List<Long> evaluators = board.activeSeats()
			.stream()
			.filter(s -> s.getRole() == SeatRole.INDEPENDENT_EVALUATOR)
			.map(BoardSeat::getUserId)
			.toList();
		Long first = evaluators.get(0);
		Long second = evaluators.get(1);
		YearMonth month = YearMonth.now(this.clock.withZone(DestekTime.ZONE)).minusMonths(1);
		held(board, month.atDay(3).atTime(10, 0), List.of(chair, first, second));
		held(board, month.atDay(3).atTime(14, 30), List.of(chair, first, second));
		held(board, month.atDay(4).atTime(10, 0), List.of(chair, first));
		// scheduled for later: not held, not counted
		Meeting later = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Ankara", null,
				LocalDate.now(DestekTime.ZONE).plusDays(15).atTime(LocalTime.of(10, 0)));
		this.meetings.addOtherItem(later.getId(), "Diğer");
		this.meetings.sendAgenda(later.getId());
		this.members.sign(later.getId(), first);

		List<EvaluatorFeeDays.Evaluator> report = this.feeDays.report(month)
			.stream()
			.filter(e -> List.of(chair, first, second).contains(e.userId()))
			.toList();

		assertThat(report).extracting(EvaluatorFeeDays.Evaluator::userId).containsExactlyInAnyOrder(first, second);
		EvaluatorFeeDays.Evaluator one = report.stream()
			.filter(e -> e.userId().equals(first))
			.findFirst()
			.orElseThrow();
		EvaluatorFeeDays.Evaluator two = report.stream()
			.filter(e -> e.userId().equals(second))
			.findFirst()
			.orElseThrow();
		assertThat(one.dayCount()).isEqualTo(2);
		assertThat(one.meetings()).hasSize(3);
		assertThat(two.dayCount()).isEqualTo(1);
		assertThat(two.meetings()).hasSize(2);

		this.mvc.perform(get("/board/secretariat/fee-days").param("month", month.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evaluator-" + first + "\"")))
			.andExpect(content().string(containsString(board.getName())));
		String csv = this.mvc.perform(get("/board/secretariat/fee-days/csv").param("month", month.toString()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("kurul-toplanti-gunleri-" + month)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("Ücrete esas toplantı günü")
			.containsPattern(";" + month + ";2;")
			.containsPattern(";" + month + ";1;");
		this.mvc.perform(get("/board/secretariat/fee-days").param("month", "ekim"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"ekim\"")))
			.andExpect(content().string(containsString("yyyy-aa")));
	}

}
