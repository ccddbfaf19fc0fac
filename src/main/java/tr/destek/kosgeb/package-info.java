/**
 * KOSGEB SME Digital Transformation Support Programme (KOBİ Dijital Dönüşüm Destek
 * Programı, Uygulama Esasları UE-34.00/03): applications, eligibility, staff control and
 * corrections, up to the board.
 */
package tr.destek.kosgeb;
