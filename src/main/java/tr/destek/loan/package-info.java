/**
 * Loan: the KOSGEB investment loan as the protocol banks grant it (UE-34.00/03 MADDE 14):
 * bank officers and per-bank API keys, the loan application, the allocated amount with
 * the financed expense items and documents, the unit's check against the board's support
 * base (return to the bank or approval), and the disbursement with its stored subsidy
 * schedule (MADDE 6, 15(4), 15(12), 15(13)). Other modules read disbursed loans through
 * {@link tr.destek.loan.LoanQueries} and the {@link tr.destek.loan.LoanDisbursed} event.
 */
package tr.destek.loan;
