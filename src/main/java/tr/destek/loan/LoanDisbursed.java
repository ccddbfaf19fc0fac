package tr.destek.loan;

/** published after commit-able transaction when a bank records the disbursement */
public record LoanDisbursed(Long loanId, Long applicationId, Long enterpriseId) {
}
