package tr.destek.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The V65 backfill of board_participation for meetings sent before the record existed:
 * the seats held when the agenda was sent and the recorded substitutes; re-runnable.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class BoardParticipationBackfillTests {

	static final int PROVINCE = 46;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeetingService meetings;

	@Autowired
	BoardMemberService members;

	@Autowired
	BoardService boards;

	@Autowired
	JdbcTemplate jdbc;

	List<String> backfill() throws IOException {
		String sql = new ClassPathResource("db/migration/V65__board_participation.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		String code = sql.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
		return Arrays.stream(code.split(";")).map(String::strip).filter(s -> s.startsWith("insert")).toList();
	}

	Map<Long, String> seats(Long meetingId) {
		return this.jdbc
			.queryForList("select user_id, seat_role from board_participation where meeting_id = ? and item_id is null",
					meetingId)
			.stream()
			.collect(Collectors.toMap(r -> ((Number) r.get("user_id")).longValue(), r -> (String) r.get("seat_role")));
	}

	@Test
	void v65_backfillRecordsTheSeatsHeldWhenTheAgendaWasSentAndTheSubstitutes() throws IOException {
		BoardFixtures fixtures = new BoardFixtures(this.context);
		Board board = fixtures.board();
		Meeting scheduled = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/geri",
				LocalDate.now(DestekTime.ZONE).plusDays(12).atTime(LocalTime.NOON));
		this.meetings.addApplication(scheduled.getId(), fixtures.control.readyForBoard(PROVINCE, "Geçmiş Kayıt A.Ş."));
		Long meetingId = this.meetings.sendAgenda(scheduled.getId()).getId();
		Long itemId = this.meetings.find(meetingId).getItems().get(0).getId();
		Map<Long, String> recorded = seats(meetingId);
		BoardSeat evaluator = board.activeSeats()
			.stream()
			.filter(s -> s.getRole() == SeatRole.INDEPENDENT_EVALUATOR)
			.findFirst()
			.orElseThrow();
		this.members.declareConflict(meetingId, itemId, evaluator.getUserId(), "Eşimin şirketi");
		Long substitute = fixtures.member().getId();
		this.meetings.seatSubstitute(meetingId, itemId, evaluator.getUserId(), substitute, "MADDE 18(10)");
		Long successor = fixtures.member().getId();
		this.boards.replaceMember(board.getId(), board.activeSeats().get(0).getId(), successor, "İstifa");
		// as before V65: nothing recorded for this meeting
		this.jdbc.update("delete from board_participation where meeting_id = ?", meetingId);

		backfill().forEach(this.jdbc::update);

		assertThat(seats(meetingId)).isEqualTo(recorded).doesNotContainKey(successor).hasSize(3);
		assertThat(this.jdbc.queryForMap(
				"select user_id, seat_role, substitute_of from board_participation where meeting_id = ? and item_id = ?",
				meetingId, itemId))
			.containsEntry("user_id", substitute)
			.containsEntry("seat_role", "INDEPENDENT_EVALUATOR")
			.containsEntry("substitute_of", evaluator.getUserId());
		Meeting meeting = this.meetings.find(meetingId);
		assertThat(meeting.isParticipant(successor)).isFalse();
		assertThat(meeting.isParticipant(substitute)).isTrue();

		// re-runnable: a second run records nothing more
		Integer before = this.jdbc.queryForObject("select count(*) from board_participation", Integer.class);
		backfill().forEach(this.jdbc::update);
		assertThat(this.jdbc.queryForObject("select count(*) from board_participation", Integer.class))
			.isEqualTo(before);
	}

}
