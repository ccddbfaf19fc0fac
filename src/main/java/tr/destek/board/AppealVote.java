package tr.destek.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A commission member's vote on an appeal: accept or reject, with the reason (MADDE
 * 13(7), (8)). Final once cast.
 */
@Entity
@Table(name = "board_appeal_vote")
public class AppealVote extends MemberVote {

	protected AppealVote() {
	}

	AppealVote(Long itemId, Long userId, VoteDecision decision, String reason, Instant castAt) {
		super(itemId, userId, decision, reason, castAt);
	}

	@Override
	String describe() {
		return "member=" + getUserId() + ", decision=" + getDecision();
	}

}
