/**
 * Payments of the KOSGEB SME Digital Transformation programme (MADDE 15, 18(12)): the
 * responsible expert's on-site inspections (Tespit Tutanağı FRM.34.00.09), the
 * applicant's payment requests per loan installment period (Ödeme Talep Formu
 * FRM.34.00.08) with their checks, the payment approval (Ödeme Oluru FRM.34.00.10)
 * prepared by the expert and approved by the unit manager with the tax/SGK debt offset,
 * the immutable payments and their ledger, and the asset lock until one year after the
 * last loan maturity.
 */
package tr.destek.payment;
