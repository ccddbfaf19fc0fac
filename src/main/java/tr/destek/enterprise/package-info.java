/**
 * Enterprise: the applicant's İşletme — tax number, title, legal form, NACE code, figures
 * per fiscal year and declared persons — its KOBİ size class (KOBİ Yönetmeliği MADDE 5),
 * sign-up of a new enterprise and its colleagues.
 */
package tr.destek.enterprise;
