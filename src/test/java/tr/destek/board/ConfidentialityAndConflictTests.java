package tr.destek.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.PersonDeclaration;
import tr.destek.enterprise.PersonRelation;
import tr.destek.identity.UserAccount;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class ConfidentialityAndConflictTests {

	static final int PROVINCE = 42;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeetingService meetings;

	@Autowired
	BoardMemberService members;

	@Autowired
	BoardService boards;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	EnterpriseService enterprises;

	BoardFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new BoardFixtures(this.context);
	}

	Meeting sentMeeting(Board board, Long... applicationIds) {
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/g", LocalDate.now(DestekTime.ZONE).plusDays(10).atTime(LocalTime.NOON));
		for (Long id : applicationIds) {
			this.meetings.addApplication(meeting.getId(), id);
		}
		this.meetings.sendAgenda(meeting.getId());
		return this.meetings.find(meeting.getId());
	}

	@Test
	void frm340004_noFileBeforeTheMemberSignsTheCommitmentForThatMeeting() {
		Board board = this.fixtures.board();
		Long application = this.fixtures.control.readyForBoard(PROVINCE, "Gizli Dosya A.Ş.");
		Meeting meeting = sentMeeting(board, application);
		Long member = board.activeSeats().get(1).getUserId();
		Long itemId = meeting.getItems().get(0).getId();

		assertThatThrownBy(() -> this.members.file(meeting.getId(), itemId, member))
			.isInstanceOf(CommitmentNotSignedException.class);

		CommitmentSignature signature = this.members.sign(meeting.getId(), member);
		assertThat(signature.getTextVersion()).isEqualTo("FRM.34.00.04/v1");
		assertThat(signature.getSignedAt()).isNotNull();
		assertThat(this.members.file(meeting.getId(), itemId, member).ref().id()).isEqualTo(application);

		// signing once covers this meeting only
		Long other = this.fixtures.control.readyForBoard(PROVINCE, "İkinci Toplantı Ltd.");
		Meeting next = sentMeeting(board, other);
		assertThatThrownBy(() -> this.members.file(next.getId(), next.getItems().get(0).getId(), member))
			.isInstanceOf(CommitmentNotSignedException.class);
	}

	@Test
	void aMemberSeesOnlyMeetingsOfBoardsHeSitsOnAndOnlyOnceTheAgendaIsSent() {
		Board board = this.fixtures.board();
		Board otherBoard = this.fixtures.board();
		Long outsider = otherBoard.activeSeats().get(0).getUserId();
		Long member = board.activeSeats().get(0).getUserId();
		Meeting scheduled = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Ankara", null,
				LocalDate.now(DestekTime.ZONE).plusDays(11).atTime(LocalTime.NOON));
		assertThatThrownBy(() -> this.members.meeting(scheduled.getId(), member))
			.isInstanceOf(AccessDeniedException.class);

		Meeting sent = sentMeeting(board, this.fixtures.control.readyForBoard(PROVINCE, "Erişim Ltd."));

		assertThat(this.members.meeting(sent.getId(), member).getId()).isEqualTo(sent.getId());
		assertThat(this.members.meetingsOf(member)).extracting(Meeting::getId).containsExactly(sent.getId());
		assertThatThrownBy(() -> this.members.meeting(sent.getId(), outsider))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.members.sign(sent.getId(), outsider)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.members.meetingsOf(outsider)).isEmpty();
	}

	@Test
	void madde18_10_aMemberDeclaredAsAPersonOfTheEnterpriseIsDetectedAndTheItemWaitsForASubstitute() {
		Board board = this.fixtures.board();
		Long conflicted = board.activeSeats().get(2).getUserId();
		String tckn = Enterprises.randomTckn();
		this.boards.recordMemberTckn(conflicted, tckn);
		Long application = this.fixtures.control.readyForBoard(PROVINCE, "Akraba Yazılım A.Ş.");
		Long enterpriseId = this.applications.find(application).getEnterpriseId();
		this.enterprises.declarePerson(enterpriseId,
				new PersonDeclaration(tckn, "Ortak Üye", PersonRelation.PARTNER, new BigDecimal("40"), null));

		Meeting meeting = sentMeeting(board, application);

		AgendaItem item = meeting.getItems().get(0);
		assertThat(item.getConflicts()).singleElement().satisfies(c -> {
			assertThat(c.getUserId()).isEqualTo(conflicted);
			assertThat(c.getSource()).isEqualTo(ConflictSource.DETECTED);
		});
		assertThat(item.isDecidable(meeting.boardMembers())).isFalse();
		this.members.sign(meeting.getId(), conflicted);
		assertThatThrownBy(() -> this.members.file(meeting.getId(), item.getId(), conflicted))
			.isInstanceOf(AccessDeniedException.class);

		// a substitute who is himself a declared person is refused
		UserAccount alsoConflicted = this.fixtures.member();
		this.boards.recordMemberTckn(alsoConflicted.getId(), tckn);
		assertThatThrownBy(() -> this.meetings.seatSubstitute(meeting.getId(), item.getId(), conflicted,
				alsoConflicted.getId(), "Çıkar çatışması"))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.substitute.conflicted"));

		UserAccount substitute = this.fixtures.member();
		ItemSubstitute seated = this.meetings.seatSubstitute(meeting.getId(), item.getId(), conflicted,
				substitute.getId(), "Üye işletmenin ortağı");

		Meeting reloaded = this.meetings.find(meeting.getId());
		AgendaItem after = reloaded.item(item.getId());
		assertThat(seated.getReason()).isEqualTo("Üye işletmenin ortağı");
		assertThat(after.isDecidable(reloaded.boardMembers())).isTrue();
		assertThat(after.sittingMembers(reloaded.boardMembers())).contains(substitute.getId())
			.doesNotContain(conflicted);
		assertThat(this.members.meetingsOf(substitute.getId())).extracting(Meeting::getId)
			.containsExactly(meeting.getId());
		this.members.sign(meeting.getId(), substitute.getId());
		assertThat(this.members.file(meeting.getId(), item.getId(), substitute.getId()).ref().id())
			.isEqualTo(application);
	}

	@Test
	void madde18_10_aMemberDeclaresAConflictAndLosesTheFile() {
		Board board = this.fixtures.board();
		Long member = board.activeSeats().get(0).getUserId();
		Long application = this.fixtures.control.readyForBoard(PROVINCE, "Kardeş Metal Ltd.");
		Meeting meeting = sentMeeting(board, application);
		Long itemId = meeting.getItems().get(0).getId();
		this.members.sign(meeting.getId(), member);
		assertThat(this.members.file(meeting.getId(), itemId, member).ref().id()).isEqualTo(application);

		this.members.declareConflict(meeting.getId(), itemId, member, "Kardeşim işletmede çalışıyor");

		AgendaItem item = this.meetings.find(meeting.getId()).item(itemId);
		assertThat(item.getConflicts()).singleElement().satisfies(c -> {
			assertThat(c.getSource()).isEqualTo(ConflictSource.DECLARED);
			assertThat(c.getNote()).isEqualTo("Kardeşim işletmede çalışıyor");
		});
		assertThatThrownBy(() -> this.members.file(meeting.getId(), itemId, member))
			.isInstanceOf(AccessDeniedException.class);
		// a substitute only for a conflicted member
		Long notConflicted = board.activeSeats().get(1).getUserId();
		Long substitute = this.fixtures.member().getId();
		assertThatThrownBy(
				() -> this.meetings.seatSubstitute(meeting.getId(), itemId, notConflicted, substitute, "Neden"))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.substitute.not-conflicted"));
		// a board member of the same board cannot be the substitute
		assertThatThrownBy(() -> this.meetings.seatSubstitute(meeting.getId(), itemId, member, notConflicted, "Neden"))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.substitute.not-eligible"));
	}

}
