package tr.destek.board.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import tr.destek.board.VoteDecision;

/**
 * The vote form: a score per criterion code, the accepted amount per expense item id (as
 * typed, Turkish or plain notation), the decision and the written reason.
 */
public class VoteFormData {

	@NotNull(message = "{board.error.vote.decision}")
	private VoteDecision decision;

	@NotBlank(message = "{board.error.vote.reason}")
	@Size(max = 4000, message = "{board.too-long}")
	private String reason;

	private Map<String, Integer> scores = new LinkedHashMap<>();

	private Map<Long, String> amounts = new LinkedHashMap<>();

	public VoteDecision getDecision() {
		return this.decision;
	}

	public void setDecision(VoteDecision decision) {
		this.decision = decision;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Map<String, Integer> getScores() {
		return this.scores;
	}

	public void setScores(Map<String, Integer> scores) {
		this.scores = scores;
	}

	public Map<Long, String> getAmounts() {
		return this.amounts;
	}

	public void setAmounts(Map<Long, String> amounts) {
		this.amounts = amounts;
	}

}
