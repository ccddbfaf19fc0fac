package tr.destek.board;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import tr.destek.identity.DestekUser;
import tr.destek.appeal.Appeal;
import tr.destek.appeal.AppealService;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.KosgebAppeals;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class AppealCommissionTests {

	/** a province no other test uses: the unit's appeal queue is per province */
	static final int PROVINCE = 79;

	static final String REASONS = "Kurul, yazılımın yol haritası raporundaki önerilerle uyumunu yanlış değerlendirdi; "
			+ "ekteki teknik yazı bunu gösteriyor.";

	@Autowired
	ApplicationContext context;

	@Autowired
	AppealService appeals;

	@Autowired
	KosgebAppeals kosgebAppeals;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	SecretariatWork secretariat;

	AppealFixtures fixtures;

	AppealFixtures.Rejected rejected;

	Board board;

	Long application;

	DestekUser unitManager;

	Decision rejection;

	@BeforeEach
	void setUp() {
		this.fixtures = new AppealFixtures(this.context);
		this.rejected = this.fixtures.rejected(PROVINCE, "İtiraz Otomasyon A.Ş.");
		this.board = this.rejected.board();
		this.application = this.rejected.application();
		this.unitManager = this.rejected.unitManager();
		this.rejection = this.rejected.rejection();
	}

	KosgebApplication load() {
		return this.applications.find(this.application);
	}

	Appeal appeal() {
		return this.fixtures.appeal(this.rejected, REASONS);
	}

	Appeal forwarded() {
		return this.fixtures.forward(this.rejected, appeal());
	}

	@Test
	void madde13_2_theCommissionsAgendaOffersTheForwardedAppealsWithTheirExpenseItemsInForwardingOrder() {
		forwarded();
		Board commission = this.fixtures.commission();
		Meeting meeting = this.fixtures.meetings.schedule(commission.getId(), MeetingFormat.PHYSICAL,
				"Ankara, KOSGEB Başkanlık", null, LocalDate.now(DestekTime.ZONE).plusDays(10).atTime(10, 0));

		List<SubjectLabel> candidates = this.fixtures.meetings.candidates(this.fixtures.meetings.find(meeting.getId()));

		assertThat(candidates).extracting(SubjectLabel::id)
			.containsExactlyElementsOf(this.appeals.forwarded().stream().map(Appeal::getSubjectId).toList())
			.contains(this.application);
		// read outside the transaction: the requested amounts came with the candidates
		assertThat(candidates).filteredOn(a -> this.application.equals(a.id()))
			.singleElement()
			.satisfies(a -> assertThat(a.requestedAmount()).isPositive());
	}

	@Test
	void madde13_6_theSecretariatsHomeCountsTheForwardedAppealsOnNoAgendaYet() {
		long before = this.secretariat.summary().appealsForAgenda();
		Appeal appeal = appeal();
		assertThat(this.secretariat.summary().appealsForAgenda()).isEqualTo(before);

		this.fixtures.forward(this.rejected, appeal);
		assertThat(this.secretariat.summary().appealsForAgenda()).isEqualTo(before + 1);

		Meeting meeting = this.fixtures.meetings.schedule(this.fixtures.commission().getId(), MeetingFormat.PHYSICAL,
				"Ankara, KOSGEB Başkanlık", null, LocalDate.now(DestekTime.ZONE).plusDays(10).atTime(10, 0));
		this.fixtures.meetings.addApplication(meeting.getId(), this.application);
		assertThat(this.secretariat.summary().appealsForAgenda()).isEqualTo(before);
	}

	@Test
	void madde13_6_theCommissionAgendaTakesOnlyForwardedAppeals() {
		Board commission = this.fixtures.commission();
		Meeting meeting = this.fixtures.meetings.schedule(commission.getId(), MeetingFormat.PHYSICAL,
				"Ankara, KOSGEB Başkanlık", null, LocalDate.now(DestekTime.ZONE).plusDays(10).atTime(10, 0));
		appeal();
		assertThatThrownBy(() -> this.fixtures.meetings.addApplication(meeting.getId(), this.application))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("appeal.commission.error.not-forwarded"));
		Appeal appeal = this.kosgebAppeals.forApplication(this.application).orElseThrow();
		this.appeals.forward(this.unitManager, appeal.getId(), appeal.getVersion(), "Görüş yazıldı.");

		this.fixtures.meetings.addApplication(meeting.getId(), this.application);
		Meeting sent = this.fixtures.meetings.sendAgenda(meeting.getId());

		assertThat(sent.getItems()).singleElement()
			.satisfies(i -> assertThat(i.getKind()).isEqualTo(AgendaItemKind.APPEAL));
		assertThat(load().getStatus()).isEqualTo(ApplicationStatus.APPEAL_ON_AGENDA);
	}

	@Test
	void anItemOfAnotherMeetingIsNotFoundForTheCommissionsDecision_evenWhenItsOwnDecisionIsPrepared() {
		forwarded();
		Board commission = this.fixtures.commission();
		AppealFixtures.OnAgenda on = this.fixtures.onAgenda(commission, this.application);
		this.fixtures.commissionDecides(commission, on, VoteDecision.REJECT, VoteDecision.REJECT, VoteDecision.ACCEPT);

		// the board's rejecting meeting is another meeting: its id with the commission's
		// item is not found (isolation sweep, issue #9)
		assertThatThrownBy(() -> this.fixtures.commission.prepare(this.rejection.getMeetingId(), on.item().getId()))
			.isInstanceOf(tr.destek.platform.NotFoundException.class);
	}

	@Test
	void madde13_7_votesAreHiddenUntilAllVotedAndTheFormNeedsEveryApproval() {
		forwarded();
		Board commission = this.fixtures.commission();
		AppealFixtures.OnAgenda on = this.fixtures.onAgenda(commission, this.application);
		List<Long> seats = AppealFixtures.seats(commission);
		this.fixtures.commission.cast(on.meetingId(), on.item().getId(), seats.get(0), VoteDecision.ACCEPT,
				"Kabul gerekçesi yazıldı");
		assertThat(this.fixtures.commission.resultForMember(on.meetingId(), on.item().getId(), seats.get(1))
			.visibleVotes()).isEmpty();
		assertThatThrownBy(() -> this.fixtures.commission.cast(on.meetingId(), on.item().getId(), seats.get(0),
				VoteDecision.REJECT, "İkinci oy"))
			.isInstanceOf(BoardRuleException.class);
		assertThatThrownBy(() -> this.fixtures.commission.cast(on.meetingId(), on.item().getId(), seats.get(1),
				VoteDecision.REQUEST_CORRECTION, "Düzeltme"))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("appeal.commission.error.vote-decision"));
		assertThatThrownBy(() -> this.fixtures.commission.prepare(on.meetingId(), on.item().getId()))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.decision.votes-missing"));
		this.fixtures.commission.cast(on.meetingId(), on.item().getId(), seats.get(1), VoteDecision.ACCEPT, "Kabul");
		this.fixtures.commission.cast(on.meetingId(), on.item().getId(), seats.get(2), VoteDecision.REJECT, "Ret");
		AppealDecision decision = this.fixtures.commission.prepare(on.meetingId(), on.item().getId());
		this.fixtures.commission.approve(decision.getId(), seats.get(0));
		assertThatThrownBy(() -> this.fixtures.commission.register(decision.getId())).isInstanceOfSatisfying(
				BoardRuleException.class,
				e -> assertThat(e.getMessageKey()).isEqualTo("board.error.decision.approvals-missing"));
		assertThatThrownBy(
				() -> this.fixtures.commission.approve(decision.getId(), this.fixtures.commissionMember().getId()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void madde13_13_onlyASittingCommissionMemberWhoSignedOpensTheRejectingMeetingsRecords() {
		forwarded();
		Board commission = this.fixtures.commission();
		Meeting scheduled = this.fixtures.meetings.schedule(commission.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/itiraz", LocalDate.now(DestekTime.ZONE).plusDays(12).atTime(9, 0));
		this.fixtures.meetings.addApplication(scheduled.getId(), this.application);
		Meeting sent = this.fixtures.meetings.sendAgenda(scheduled.getId());
		Long itemId = sent.getItems().get(0).getId();
		List<Long> seats = AppealFixtures.seats(commission);

		// not signed the commitment (FRM.34.00.04) yet
		assertThatThrownBy(() -> this.fixtures.commission.rejectionRecords(sent.getId(), itemId, seats.get(0)))
			.isInstanceOf(CommitmentNotSignedException.class);
		// a commission member not sitting on this commission, and a board member
		Long outsider = this.fixtures.commissionMember().getId();
		assertThatThrownBy(() -> this.fixtures.commission.rejectionRecords(sent.getId(), itemId, outsider))
			.isInstanceOf(AccessDeniedException.class);
		Long boardMember = AppealFixtures.seats(this.board).get(0);
		assertThatThrownBy(() -> this.fixtures.commission.rejectionRecords(sent.getId(), itemId, boardMember))
			.isInstanceOf(AccessDeniedException.class);
		// a conflicted member does not sit for the item
		this.fixtures.members.sign(sent.getId(), seats.get(1));
		this.fixtures.members.declareConflict(sent.getId(), itemId, seats.get(1), "Ortağımın şirketi");
		assertThatThrownBy(() -> this.fixtures.commission.rejectionRecords(sent.getId(), itemId, seats.get(1)))
			.isInstanceOf(AccessDeniedException.class);

		this.fixtures.members.sign(sent.getId(), seats.get(0));
		RejectionRecords records = this.fixtures.commission.rejectionRecords(sent.getId(), itemId, seats.get(0));

		assertThat(records.decision().getRegistryNumber()).isEqualTo(this.rejection.getRegistryNumber());
		assertThat(records.decision().getOutcome()).isEqualTo(ItemOutcome.REJECTED);
		assertThat(records.meeting().getBoard().getId()).isEqualTo(this.board.getId());
		assertThat(records.sittingMembers()).containsExactlyInAnyOrderElementsOf(AppealFixtures.seats(this.board));
		assertThat(records.decision().approvals()).hasSize(3);
	}

	@Test
	void madde13_8_aDecidedAppealTakesNoVote_andASuccessorSeatedLaterDoesNotSitForIt() {
		forwarded();
		Board commission = this.fixtures.commission();
		AppealFixtures.OnAgenda on = this.fixtures.onAgenda(commission, this.application);
		List<Long> seats = AppealFixtures.seats(commission);
		this.fixtures.commission.cast(on.meetingId(), on.item().getId(), seats.get(0), VoteDecision.ACCEPT, "Kabul");
		this.fixtures.commission.cast(on.meetingId(), on.item().getId(), seats.get(1), VoteDecision.ACCEPT, "Kabul");
		this.fixtures.commission.cast(on.meetingId(), on.item().getId(), seats.get(2), VoteDecision.REJECT, "Ret");
		AppealDecision decision = this.fixtures.commission.prepare(on.meetingId(), on.item().getId());

		assertThatThrownBy(() -> this.fixtures.commission.cast(on.meetingId(), on.item().getId(), seats.get(0),
				VoteDecision.REJECT, "Yeniden oy"))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.vote.item-decided"));

		Long seatId = commission.activeSeats()
			.stream()
			.filter(s -> s.getUserId().equals(seats.get(2)))
			.findFirst()
			.orElseThrow()
			.getId();
		Long successor = this.fixtures.commissionMember().getId();
		this.fixtures.boards.boards.replaceMember(commission.getId(), seatId, successor, "Emeklilik");
		assertThatThrownBy(() -> this.fixtures.members.sign(on.meetingId(), successor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.fixtures.commission.approve(decision.getId(), successor))
			.isInstanceOf(AccessDeniedException.class);
		seats.forEach(m -> this.fixtures.commission.approve(decision.getId(), m));
		assertThat(this.fixtures.commission.register(decision.getId()).approvals())
			.extracting(MemberApproval::getUserId)
			.containsExactlyInAnyOrderElementsOf(seats);
	}

}
