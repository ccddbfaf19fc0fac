/**
 * Board (Kurul): decision bodies designed once — the KOSGEB SME Digital Transformation
 * board (MADDE 10–12), the appeal commission (MADDE 13) and later SAYEM's Group Executive
 * Board differ in seats, quorum and agenda rules, not in mechanics. Boards and their
 * seats, meetings with their agendas, confidentiality, conflicts, votes and registered
 * decisions.
 */
package tr.destek.board;
