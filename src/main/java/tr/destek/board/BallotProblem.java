package tr.destek.board;

/**
 * One thing wrong with a ballot as the member filled it in, on the field of the vote form
 * it belongs to, so that every problem is shown at once (issue 10 point 11).
 *
 * @param field the vote form's field ({@code decision}, {@code reason},
 * {@code scores[CODE]}, {@code amounts[ID]}), {@code null} for the ballot as a whole
 * @param messageKey the message (in {@code i18n/board}) naming the article
 * @param args its arguments
 */
public record BallotProblem(String field, String messageKey, Object... args) {

	BoardRuleException toException() {
		return new BoardRuleException(this.messageKey, this.args);
	}

}
