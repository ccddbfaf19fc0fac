package tr.destek.board;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A board decision was registered (MADDE 12(9)). Published inside the registering
 * transaction: the subject's programme moves its file in a synchronous listener (atomic
 * with the decision) and notifies its applicant; other modules (monitoring) react after
 * the commit.
 *
 * @param subject what was decided on
 * @param startsProgramme whether it starts the programme period (MADDE 6(5))
 * @param items the accepted amount per item (empty unless accepted)
 * @param appealLastDay the last day of the appeal of a rejection (MADDE 12(10), 13(1)),
 * or {@code null} when there is none
 * @param correctionDeadline the deadline of a correction (MADDE 10(5)), or {@code null}
 */
public record BoardDecisionRegistered(Long decisionId, SubjectRef subject, ItemOutcome outcome, String registryNumber,
		LocalDate registryDate, BigDecimal supportBase, boolean startsProgramme, String boardName,
		LocalDate meetingDate, List<DecidedAmount> items, String reasons, LocalDate appealLastDay,
		Instant correctionDeadline) {

	public BoardDecisionRegistered {
		items = (items == null) ? List.of() : List.copyOf(items);
	}

	/** The subject's id within its source (for a KOSGEB subject, the application). */
	public Long applicationId() {
		return this.subject.id();
	}

	/** What the board accepted for one item. */
	public record DecidedAmount(Long itemId, BigDecimal requested, BigDecimal accepted) {
	}

}
