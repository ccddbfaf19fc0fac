package tr.destek.board;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a member fills in on the vote form: a score 1..5 per criterion code, the accepted
 * amount per expense item id (needed only to accept), the decision and its written
 * reason.
 */
public record Ballot(VoteDecision decision, String reason, Map<String, Integer> scores, Map<Long, BigDecimal> amounts) {

}
