package tr.destek.board;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A board decision was registered (MADDE 12(9)); other modules (appeals, loans) react to
 * it.
 *
 * @param startsProgramme whether it starts the programme period (MADDE 6(5))
 */
public record BoardDecisionRegistered(Long decisionId, Long applicationId, ItemOutcome outcome, String registryNumber,
		LocalDate registryDate, BigDecimal supportBase, boolean startsProgramme) {

}
