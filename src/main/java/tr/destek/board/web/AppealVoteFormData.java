package tr.destek.board.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import tr.destek.board.VoteDecision;

/**
 * A commission member's vote on an appeal: accept or reject, with a reason (MADDE 13(8)).
 */
public class AppealVoteFormData {

	@NotNull(message = "{appeal.commission.error.vote-decision}")
	private VoteDecision decision;

	@NotBlank(message = "{appeal.commission.error.vote-reason}")
	@Size(max = 4000, message = "{board.too-long}")
	private String reason;

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

}
