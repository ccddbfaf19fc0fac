package tr.destek.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class VotingTests {

	static final int PROVINCE = 42;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeetingService meetings;

	@Autowired
	BoardMemberService members;

	@Autowired
	VotingService voting;

	@Autowired
	KosgebApplicationService applications;

	BoardFixtures fixtures;

	Board board;

	Meeting meeting;

	AgendaItem item;

	Long expenseItem;

	List<Long> seats;

	@BeforeEach
	void setUp() {
		this.fixtures = new BoardFixtures(this.context);
		this.board = this.fixtures.board();
		Long application = this.fixtures.control.readyForBoard(PROVINCE, "Oylama Teknoloji A.Ş.");
		this.expenseItem = this.applications.find(application).getExpenseItems().get(0).getId();
		Meeting scheduled = this.meetings.schedule(this.board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/oy",
				LocalDate.now(DestekTime.ZONE).plusDays(14).atTime(LocalTime.NOON));
		this.meetings.addApplication(scheduled.getId(), application);
		this.meeting = this.meetings.sendAgenda(scheduled.getId());
		this.item = this.meetings.find(this.meeting.getId()).getItems().get(0);
		this.seats = this.board.activeSeats().stream().map(BoardSeat::getUserId).toList();
	}

	Map<String, Integer> scores(int score) {
		return this.voting.criteria().stream().collect(Collectors.toMap(Criterion::getCode, c -> score));
	}

	Ballot accept(String amount) {
		return new Ballot(VoteDecision.ACCEPT, "Gider kalemleri rapor önerileriyle uyumlu.", scores(4),
				Map.of(this.expenseItem, new BigDecimal(amount)));
	}

	Ballot reject() {
		return new Ballot(VoteDecision.REJECT, "Finansal yeterlilik zayıf.", scores(2), Map.of());
	}

	Vote vote(int seat, Ballot ballot) {
		Long member = this.seats.get(seat);
		this.members.sign(this.meeting.getId(), member);
		return this.voting.cast(this.meeting.getId(), this.item.getId(), member, ballot);
	}

	@Test
	void theCriteriaInForceAreTheFiveOfTab340002() {
		assertThat(this.voting.criteria()).extracting(Criterion::getCode)
			.containsExactly("FINANCIAL_ADEQUACY", "TECHNICAL_FIT", "NECESSITY", "FEASIBILITY", "MATURITY_GAIN");
		assertThat(this.voting.criteria()).allSatisfy(c -> assertThat(c.getSetVersion()).isEqualTo("TAB.34.00.02/v1"));
	}

	@Test
	void madde11_1_votesStayHiddenUntilAllThreeVotedThenTheMajorityAndTheBaseShow() {
		vote(0, accept("1200000"));
		vote(1, accept("1000000"));

		ItemResult partial = this.voting.resultForMember(this.meeting.getId(), this.item.getId(), this.seats.get(0));
		assertThat(partial.complete()).isFalse();
		assertThat(partial.votesCast()).isEqualTo(2);
		assertThat(partial.visibleVotes()).singleElement()
			.satisfies(v -> assertThat(v.getUserId()).isEqualTo(this.seats.get(0)));
		ItemResult notYetVoted = this.voting.resultForMember(this.meeting.getId(), this.item.getId(),
				this.seats.get(2));
		assertThat(notYetVoted.visibleVotes()).isEmpty();
		assertThat(this.voting.resultForSecretariat(this.meeting.getId(), this.item.getId()).visibleVotes()).isEmpty();

		vote(2, reject());

		ItemResult result = this.voting.resultForMember(this.meeting.getId(), this.item.getId(), this.seats.get(2));
		assertThat(result.complete()).isTrue();
		assertThat(result.visibleVotes()).hasSize(3);
		assertThat(result.tally().outcome()).isEqualTo(ItemOutcome.ACCEPTED);
		// two accept (1.2M and 1M), one rejects (0): the amount a majority accepts is 1M
		assertThat(result.base().total()).isEqualByComparingTo("1000000");
		assertThat(result.base().check()).isEqualTo(SupportBase.Check.WITHIN);
	}

	@Test
	void aVoteNeedsTheSignedCommitmentScoresAReasonAndIsCastOnce() {
		Long member = this.seats.get(0);
		assertThatThrownBy(() -> this.voting.cast(this.meeting.getId(), this.item.getId(), member, reject()))
			.isInstanceOf(CommitmentNotSignedException.class);
		this.members.sign(this.meeting.getId(), member);
		assertThatThrownBy(() -> this.voting.cast(this.meeting.getId(), this.item.getId(), member,
				new Ballot(VoteDecision.REJECT, " ", scores(3), Map.of())))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.vote.reason"));
		assertThatThrownBy(() -> this.voting.cast(this.meeting.getId(), this.item.getId(), member,
				new Ballot(VoteDecision.REJECT, "Gerekçe", scores(6), Map.of())))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.vote.scores"));
		assertThatThrownBy(() -> this.voting.cast(this.meeting.getId(), this.item.getId(), member,
				new Ballot(VoteDecision.REJECT, "Gerekçe", Map.of("NECESSITY", 3), Map.of())))
			.isInstanceOf(BoardRuleException.class);
		this.voting.cast(this.meeting.getId(), this.item.getId(), member, reject());
		assertThatThrownBy(() -> this.voting.cast(this.meeting.getId(), this.item.getId(), member, accept("1200000")))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.vote.already-cast"));
	}

	@Test
	void madde7_7_anAcceptingVoteBelowTheMinimumOrAboveTheRequestIsRefused() {
		Long member = this.seats.get(1);
		this.members.sign(this.meeting.getId(), member);
		assertThatThrownBy(() -> this.voting.cast(this.meeting.getId(), this.item.getId(), member, accept("900000")))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.vote.base-below-minimum"));
		assertThatThrownBy(
				() -> this.voting.cast(this.meeting.getId(), this.item.getId(), member, accept("1200000.01")))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.vote.amount-range"));
	}

	@Test
	void outsidersAndConflictedMembersDoNotVote() {
		Long outsider = this.fixtures.member().getId();
		assertThatThrownBy(() -> this.voting.cast(this.meeting.getId(), this.item.getId(), outsider, reject()))
			.isInstanceOf(AccessDeniedException.class);
		Long conflicted = this.seats.get(2);
		this.members.sign(this.meeting.getId(), conflicted);
		this.members.declareConflict(this.meeting.getId(), this.item.getId(), conflicted, "Eşim işletmede ortak");
		assertThatThrownBy(() -> this.voting.cast(this.meeting.getId(), this.item.getId(), conflicted, reject()))
			.isInstanceOf(AccessDeniedException.class);
		// the others cannot decide while the seat is empty (MADDE 11(1), 18(10))
		Long other = this.seats.get(0);
		this.members.sign(this.meeting.getId(), other);
		assertThatThrownBy(() -> this.voting.cast(this.meeting.getId(), this.item.getId(), other, reject()))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.vote.seat-empty"));
		Long substitute = this.fixtures.member().getId();
		this.meetings.seatSubstitute(this.meeting.getId(), this.item.getId(), conflicted, substitute,
				"Çıkar çatışması");
		this.members.sign(this.meeting.getId(), substitute);
		this.voting.cast(this.meeting.getId(), this.item.getId(), other, reject());
		this.voting.cast(this.meeting.getId(), this.item.getId(), substitute, reject());
		vote(1, accept("1200000"));
		ItemResult result = this.voting.resultForSecretariat(this.meeting.getId(), this.item.getId());
		assertThat(result.tally().outcome()).isEqualTo(ItemOutcome.REJECTED);
		assertThat(result.visibleVotes()).extracting(Vote::getUserId).doesNotContain(conflicted);
	}

	@Test
	void twoMembersVotingAtTheSameMomentAreBothCounted() throws Exception {
		this.seats.forEach(m -> this.members.sign(this.meeting.getId(), m));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			Future<Vote> first = pool.submit(() -> {
				start.await();
				return this.voting.cast(this.meeting.getId(), this.item.getId(), this.seats.get(0), accept("1200000"));
			});
			Future<Vote> second = pool.submit(() -> {
				start.await();
				return this.voting.cast(this.meeting.getId(), this.item.getId(), this.seats.get(1), reject());
			});
			start.countDown();
			assertThat(first.get(30, TimeUnit.SECONDS).getId()).isNotNull();
			assertThat(second.get(30, TimeUnit.SECONDS).getId()).isNotNull();
		}
		finally {
			pool.shutdownNow();
		}
		this.voting.cast(this.meeting.getId(), this.item.getId(), this.seats.get(2), accept("1100000"));

		ItemResult result = this.voting.resultForSecretariat(this.meeting.getId(), this.item.getId());
		assertThat(result.votesCast()).isEqualTo(3);
		assertThat(result.tally().outcome()).isEqualTo(ItemOutcome.ACCEPTED);
		assertThat(result.base().total()).isEqualByComparingTo("1100000");
	}

}
