package tr.destek.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.notification.NotificationInbox;
import tr.destek.notification.NotificationView;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class MeetingAgendaTests {

	static final int PROVINCE = 42;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeetingService meetings;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	NotificationInbox inbox;

	BoardFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new BoardFixtures(this.context);
	}

	LocalDateTime daysFromToday(int days) {
		return LocalDate.now(DestekTime.ZONE).plusDays(days).atTime(LocalTime.of(10, 0));
	}

	Long ready() {
		return this.fixtures.control.readyForBoard(PROVINCE, "Gündem Makina Ltd. Şti.");
	}

	@Test
	void madde12_1_aMeetingLessThanSevenDaysAheadIsRefusedWithTheEarliestDate() {
		Board board = this.fixtures.board();
		LocalDate earliest = LocalDate.now(DestekTime.ZONE).plusDays(7);

		assertThatThrownBy(() -> this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/k1", daysFromToday(6)))
			.isInstanceOfSatisfying(BoardRuleException.class, e -> {
				assertThat(e.getMessageKey()).isEqualTo("board.error.agenda.lead-days");
				assertThat(e.getArgs()).containsExactly(BoardDates.format(earliest.minusDays(1)),
						BoardDates.format(earliest), 7, "MADDE 12(1)");
			});
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/k1", daysFromToday(7));
		assertThat(meeting.getMeetingDate()).isEqualTo(earliest);
		assertThat(this.meetings.earliestMeetingDate(BoardKind.BOARD)).isEqualTo(earliest);
	}

	@Test
	void madde12_1_theAgendaCannotBeSentWhenTheMeetingIsLessThanSevenDaysAway() {
		Board board = this.fixtures.board();
		Meeting meeting = new Meeting(board, MeetingFormat.PHYSICAL, "Ankara, KOSGEB Başkanlığı", null,
				LocalDate.of(2026, 6, 10).atTime(10, 0).atZone(DestekTime.ZONE).toInstant(), java.time.Instant.now(),
				"sekretarya");
		meeting.addOther("Usul hususları", java.time.Instant.now(), "sekretarya");

		assertThatThrownBy(() -> meeting.sendAgenda(java.time.Instant.now(), "sekretarya", LocalDate.of(2026, 6, 11), 7,
				"MADDE 12(1)"))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getArgs()).containsExactly("10.06.2026", "11.06.2026", 7, "MADDE 12(1)"));
		meeting.sendAgenda(java.time.Instant.now(), "sekretarya", LocalDate.of(2026, 6, 10), 7, "MADDE 12(1)");
		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.AGENDA_SENT);
	}

	@Test
	void aPhysicalMeetingNeedsAPlaceAndAnElectronicOneAnHttpsLink() {
		Board board = this.fixtures.board();
		assertThatThrownBy(
				() -> this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, " ", null, daysFromToday(10)))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.meeting.place-required"));
		assertThatThrownBy(() -> this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"http://toplanti.example", daysFromToday(10)))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.meeting.link-required"));
	}

	@Test
	void madde12_8_atMostFifteenNewApplicationsADayPerBoardOtherMattersUnlimited() {
		Board board = this.fixtures.board();
		Meeting morning = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Ankara", null,
				daysFromToday(20));
		Meeting afternoon = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/k2", daysFromToday(20).plusHours(5));
		List<Long> ready = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			ready.add(ready());
		}
		for (int i = 0; i < 10; i++) {
			this.meetings.addApplication(morning.getId(), ready.get(i));
		}
		for (int i = 10; i < 15; i++) {
			this.meetings.addApplication(afternoon.getId(), ready.get(i));
		}

		assertThatThrownBy(() -> this.meetings.addApplication(afternoon.getId(), ready.get(15)))
			.isInstanceOfSatisfying(BoardRuleException.class, e -> {
				assertThat(e.getMessageKey()).isEqualTo("board.error.agenda.daily-limit");
				assertThat(e.getArgs()).containsExactly(15, BoardDates.format(afternoon.getMeetingDate()));
			});
		AgendaItem termination = this.meetings.addOtherItem(afternoon.getId(), "Sonlandırma: T1234567890");
		assertThat(termination.getKind()).isEqualTo(AgendaItemKind.OTHER);

		// another day of the same board, and another board on the same day, are not
		// affected
		Meeting nextDay = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Ankara", null,
				daysFromToday(21));
		this.meetings.addApplication(nextDay.getId(), ready.get(15));
		assertThat(this.meetings.find(afternoon.getId()).newApplications()).isEqualTo(5);
	}

	@Test
	void onlyApplicationsReadyForTheBoardGoOnAnAgendaAndOnlyOnOneOpenAgenda() {
		Board board = this.fixtures.board();
		Meeting first = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Ankara", null,
				daysFromToday(12));
		Meeting second = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Ankara", null,
				daysFromToday(13));
		Long submitted = this.fixtures.control.submitted(PROVINCE, "Henüz Kontrolde A.Ş.");
		Long ready = ready();

		assertThatThrownBy(() -> this.meetings.addApplication(first.getId(), submitted)).isInstanceOfSatisfying(
				BoardRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("board.error.agenda.not-ready"));
		this.meetings.addApplication(first.getId(), ready);
		assertThatThrownBy(() -> this.meetings.addApplication(second.getId(), ready)).isInstanceOfSatisfying(
				BoardRuleException.class,
				e -> assertThat(e.getMessageKey()).isEqualTo("board.error.agenda.already-on-agenda"));
		assertThat(this.applications.readyForBoard()).extracting(a -> a.getId())
			.contains(ready)
			.doesNotContain(submitted);
	}

	@Test
	void sendingTheAgendaPutsTheApplicationsOnItNotifiesTheMembersAndFreezesIt() {
		Board board = this.fixtures.board();
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/k3", daysFromToday(9));
		Long first = ready();
		Long second = ready();
		this.meetings.addApplication(meeting.getId(), first);
		AgendaItem removed = this.meetings.addApplication(meeting.getId(), second);
		this.meetings.removeItem(meeting.getId(), removed.getId());

		Meeting sent = this.meetings.sendAgenda(meeting.getId());

		assertThat(sent.getStatus()).isEqualTo(MeetingStatus.AGENDA_SENT);
		assertThat(this.applications.find(first).getStatus()).isEqualTo(ApplicationStatus.ON_AGENDA);
		assertThat(this.applications.find(second).getStatus()).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
		assertThat(this.applications.timeline(first)).extracting(e -> e.getAction()).contains("PUT_ON_AGENDA");
		for (BoardSeat seat : board.activeSeats()) {
			List<NotificationView> received = this.inbox
				.page(seat.getUserId(), PageRequest.of(0, 5), Locale.forLanguageTag("tr"))
				.getContent();
			assertThat(received).singleElement().satisfies(n -> {
				assertThat(n.subject()).contains(board.getName());
				assertThat(n.link()).isEqualTo("/board/member/meetings/" + meeting.getId());
			});
		}
		assertThatThrownBy(() -> this.meetings.addApplication(meeting.getId(), second)).isInstanceOfSatisfying(
				BoardRuleException.class,
				e -> assertThat(e.getMessageKey()).isEqualTo("board.error.agenda.already-sent"));
	}

	@Test
	void anEmptyAgendaIsNotSent() {
		Board board = this.fixtures.board();
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "İstanbul", null,
				daysFromToday(8));
		assertThatThrownBy(() -> this.meetings.sendAgenda(meeting.getId())).isInstanceOfSatisfying(
				BoardRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("board.error.agenda.empty"));
		assertThat(String.valueOf(this.meetings.find(meeting.getId()).getStatus()).toLowerCase(Locale.ROOT))
			.isEqualTo("scheduled");
	}

}
