package tr.destek.monitoring;

import java.math.BigDecimal;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sampling choice for post-support monitoring (MADDE 17(1)) is reproducible. */
class SamplingDrawTests {

	@Test
	void madde17_1_theSameSeedAlwaysGivesTheSameChoiceAndTheReasonShowsIt() {
		SamplingDraw first = SamplingDraw.of(20261123L, new BigDecimal("10"));
		SamplingDraw again = SamplingDraw.of(20261123L, new BigDecimal("10"));

		assertThat(again).isEqualTo(first);
		assertThat(first.reason()).startsWith("seed 20261123: draw " + first.draw().toPlainString())
			.contains("10 % (MADDE 17(1))");
	}

	@Test
	void madde17_1_theShareSampledFollowsTheRate() {
		long sampled = LongStream.range(0, 20_000)
			.filter(seed -> SamplingDraw.of(seed * 7919, new BigDecimal("10")).selected())
			.count();
		assertThat(sampled).isBetween(1_800L, 2_200L);
		assertThat(LongStream.range(0, 1_000).noneMatch(s -> SamplingDraw.of(s, BigDecimal.ZERO).selected())).isTrue();
		assertThat(LongStream.range(0, 1_000).allMatch(s -> SamplingDraw.of(s, new BigDecimal("100")).selected()))
			.isTrue();
	}

}
