package tr.destek.board;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * A member's vote on one agenda item: scores against the criteria, the amount accepted
 * per expense item, the decision and its written reason (MADDE 10(2),(3), 12(6)). Final
 * once cast.
 */
@Entity
@Table(name = "board_vote")
public class Vote extends MemberVote {

	@Column(name = "criteria_version", nullable = false, updatable = false)
	private String criteriaVersion;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "board_vote_score", joinColumns = @JoinColumn(name = "vote_id"))
	@MapKeyColumn(name = "criterion_code")
	@Column(name = "score")
	private Map<String, Integer> scores = new LinkedHashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "board_vote_amount", joinColumns = @JoinColumn(name = "vote_id"))
	@MapKeyColumn(name = "expense_item_id")
	@Column(name = "accepted_amount")
	private Map<Long, BigDecimal> amounts = new LinkedHashMap<>();

	protected Vote() {
	}

	Vote(Long itemId, Long userId, String criteriaVersion, VoteDecision decision, String reason,
			Map<String, Integer> scores, Map<Long, BigDecimal> amounts, Instant castAt) {
		super(itemId, userId, decision, reason, castAt);
		this.criteriaVersion = criteriaVersion;
		this.scores.putAll(scores);
		this.amounts.putAll(amounts);
	}

	/**
	 * The amount this member accepts for an expense item; zero unless he votes to accept.
	 */
	public BigDecimal acceptedAmount(Long expenseItemId) {
		if (getDecision() != VoteDecision.ACCEPT) {
			return BigDecimal.ZERO;
		}
		return this.amounts.getOrDefault(expenseItemId, BigDecimal.ZERO);
	}

	public String getCriteriaVersion() {
		return this.criteriaVersion;
	}

	public Map<String, Integer> getScores() {
		return new TreeMap<>(this.scores);
	}

	public Map<Long, BigDecimal> getAmounts() {
		return new TreeMap<>(this.amounts);
	}

	@Override
	String describe() {
		return "member=" + getUserId() + ", decision=" + getDecision() + ", scores=" + getScores() + ", amounts="
				+ getAmounts() + ", criteria=" + this.criteriaVersion;
	}

}
