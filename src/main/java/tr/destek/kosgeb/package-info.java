/**
 * KOSGEB KOBİ Dijital Dönüşüm Destek Programı (Uygulama Esasları UE-34.00/03):
 * applications, their eligibility ({@code eligibility}: MADDE 5(3), 7, 18(9) and Geçici
 * Madde 1) and their control by staff.
 */
package tr.destek.kosgeb;
