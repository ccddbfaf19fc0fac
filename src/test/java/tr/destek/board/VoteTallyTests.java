package tr.destek.board;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tr.destek.board.VoteDecision.ACCEPT;
import static tr.destek.board.VoteDecision.REJECT;
import static tr.destek.board.VoteDecision.REQUEST_CORRECTION;

/**
 * MADDE 11(1), 12(6): all three vote, the majority decides; every combination of three
 * votes.
 */
class VoteTallyTests {

	static Stream<Arguments> everyCombinationOfThreeVotes() {
		List<Arguments> all = new ArrayList<>();
		for (VoteDecision a : VoteDecision.values()) {
			for (VoteDecision b : VoteDecision.values()) {
				for (VoteDecision c : VoteDecision.values()) {
					all.add(Arguments.of(a, b, c));
				}
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("everyCombinationOfThreeVotes")
	void madde12_6_theMajorityDecidesAndAThreeWaySplitIsNotAccepted(VoteDecision a, VoteDecision b, VoteDecision c) {
		VoteTally tally = VoteTally.of(List.of(a, b, c), 3);

		long accepts = Stream.of(a, b, c).filter(ACCEPT::equals).count();
		long rejects = Stream.of(a, b, c).filter(REJECT::equals).count();
		long corrections = Stream.of(a, b, c).filter(REQUEST_CORRECTION::equals).count();
		ItemOutcome expected = accepts >= 2 ? ItemOutcome.ACCEPTED
				: corrections >= 2 ? ItemOutcome.CORRECTION_REQUESTED : ItemOutcome.REJECTED;
		assertThat(tally.outcome()).isEqualTo(expected);
		assertThat(tally.majority()).isEqualTo(accepts >= 2 || rejects >= 2 || corrections >= 2);
		assertThat(tally.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
		// acceptance only ever with at least two accepting votes
		assertThat(tally.outcome() == ItemOutcome.ACCEPTED).isEqualTo(accepts >= 2);
	}

	@Test
	void madde12_6_oneAcceptOneRejectOneCorrectionIsRejectedWithoutMajority() {
		VoteTally tally = VoteTally.of(List.of(ACCEPT, REJECT, REQUEST_CORRECTION), 3);
		assertThat(tally.outcome()).isEqualTo(ItemOutcome.REJECTED);
		assertThat(tally.majority()).isFalse();
	}

	@Test
	void madde11_1_noDecisionWithoutAllThreeVotes() {
		assertThatThrownBy(() -> VoteTally.of(List.of(ACCEPT, ACCEPT), 3)).isInstanceOfSatisfying(
				BoardRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("board.error.vote.quorum"));
	}

	static Vote vote(VoteDecision decision, Map<Long, BigDecimal> amounts) {
		return new Vote(1L, 1L, "TAB.34.00.02/v1", decision, "gerekçe", Map.of(), amounts, Instant.EPOCH);
	}

	static final BigDecimal MIN = new BigDecimal("1000000");

	static final BigDecimal MAX = new BigDecimal("20000000");

	@Test
	void theBaseIsTheSumOfTheAmountsAMajorityAccepts() {
		// item 1: 900k / 800k / 1M -> median 900k; item 2: two members 300k and 500k,
		// third rejects -> 300k;
		// item 3: only one member accepts -> not approved
		List<Vote> votes = List.of(
				vote(ACCEPT, Map.of(1L, new BigDecimal("900000"), 2L, new BigDecimal("300000"), 3L, BigDecimal.ZERO)),
				vote(ACCEPT,
						Map.of(1L, new BigDecimal("800000"), 2L, new BigDecimal("500000"), 3L,
								new BigDecimal("50000"))),
				vote(ACCEPT, Map.of(1L, new BigDecimal("1000000"), 2L, BigDecimal.ZERO, 3L, BigDecimal.ZERO)));

		SupportBase base = SupportBase.of(votes, List.of(1L, 2L, 3L), MIN, MAX);

		assertThat(base.approvedItems()).containsOnlyKeys(1L, 2L);
		assertThat(base.approvedItems().get(1L)).isEqualByComparingTo("900000");
		assertThat(base.approvedItems().get(2L)).isEqualByComparingTo("300000");
		assertThat(base.total()).isEqualByComparingTo("1200000");
		assertThat(base.check()).isEqualTo(SupportBase.Check.WITHIN);
	}

	@Test
	void madde7_7_and6_2_theBaseIsCheckedAgainstTheLimits() {
		Map<Long, BigDecimal> small = Map.of(1L, new BigDecimal("999999.99"));
		assertThat(SupportBase
			.of(List.of(vote(ACCEPT, small), vote(ACCEPT, small), vote(REJECT, Map.of())), List.of(1L), MIN, MAX)
			.check()).isEqualTo(SupportBase.Check.BELOW_MINIMUM);
		Map<Long, BigDecimal> big = Map.of(1L, new BigDecimal("20000000.01"));
		assertThat(
				SupportBase.of(List.of(vote(ACCEPT, big), vote(ACCEPT, big), vote(ACCEPT, big)), List.of(1L), MIN, MAX)
					.check())
			.isEqualTo(SupportBase.Check.ABOVE_MAXIMUM);
		// a rejecting member's amounts count as nothing
		assertThat(
				SupportBase.of(List.of(vote(ACCEPT, big), vote(REJECT, big), vote(REJECT, big)), List.of(1L), MIN, MAX)
					.approvedItems())
			.isEmpty();
	}

}
