package tr.destek.board;

import java.math.BigDecimal;

/**
 * A subject as the board's lists show it (issue 10, point 7): its reference, the
 * enterprise's name and province, the requested amount and the programme's state of it.
 *
 * @param statusKey the message key of the subject's state in its programme
 * @param requestedAmount the sum of the items, VAT excluded
 */
public record SubjectLabel(SubjectRef ref, String reference, String enterpriseTitle, String provinceName,
		BigDecimal requestedAmount, String statusKey) {

	/** The subject's id within its source. */
	public long id() {
		return this.ref.id();
	}

}
