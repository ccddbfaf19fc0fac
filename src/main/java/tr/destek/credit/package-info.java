/**
 * Credit: the KOSGEB investment loan and its interest subsidy (faiz desteği) — the
 * quarterly subsidy schedule of KOSGEB UE-34.00/03 MADDE 15(4) (current text since
 * 29/11/2024 and the earlier "interest paid" formula), the loan limits of MADDE 6 and the
 * split of each quarter's subsidy over the approved expense items.
 */
package tr.destek.credit;
