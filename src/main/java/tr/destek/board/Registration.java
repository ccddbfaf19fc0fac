package tr.destek.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The registration (evrak kaydı) of a decision form: the members who sat for its item and
 * must all have approved it, the registry number and date, when and by whom (MADDE 12(9),
 * 13(8)). Made by {@link DecisionMechanics#registration}.
 *
 * @param sittingMembers the members who sat for the item
 * @param number the registry number, e.g. {@code KK-2026-000001}
 * @param date the registry date (Europe/Istanbul)
 * @param at the moment of registration
 * @param by who registered it
 */
record Registration(Set<Long> sittingMembers, String number, LocalDate date, Instant at, String by) {
}
