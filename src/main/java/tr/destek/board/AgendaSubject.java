package tr.destek.board;

import java.math.BigDecimal;
import java.util.List;

/**
 * A subject a board decides on, as a programme hands it over (issue 11 point 1): the
 * board knows nothing else of the programme.
 *
 * @param ref which programme's subject
 * @param reference the subject's reference, as the agenda and the forms name it
 * @param title what the agenda item is called
 * @param enterpriseId the enterprise the subject is about
 * @param enterpriseName the enterprise's title
 * @param items the items the members accept amounts for, with the requested amounts
 * @param minimumTotal the least an accepted total (the support base) may be (MADDE 7(7))
 * @param maximumTotal the most it may be (MADDE 6(2))
 * @param ready whether the subject may go on a board's agenda now (MADDE 10(1))
 * @param appealable whether a rejection can still be appealed (not after an accepted
 * appeal: MADDE 13(10)(b))
 * @param relatedPersons the TCKNs of the persons related to the subject (owners,
 * partners, employees and their relatives): a member among them may not sit for it (MADDE
 * 18(10))
 * @param file what the members read of the file
 */
public record AgendaSubject(SubjectRef ref, String reference, String title, Long enterpriseId, String enterpriseName,
		List<DecidableItem> items, BigDecimal minimumTotal, BigDecimal maximumTotal, boolean ready, boolean appealable,
		List<String> relatedPersons, SubjectFile file) {

	public AgendaSubject {
		items = List.copyOf(items);
		relatedPersons = List.copyOf(relatedPersons);
	}

	/** The sum of the requested amounts, VAT excluded. */
	public BigDecimal requestedAmount() {
		return this.items.stream().map(DecidableItem::requested).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Whether this person (by TCKN) is related to the subject (MADDE 18(10)). */
	public boolean isRelated(String tckn) {
		return tckn != null && this.relatedPersons.contains(tckn);
	}

}
