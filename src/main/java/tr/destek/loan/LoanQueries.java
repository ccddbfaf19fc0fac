package tr.destek.loan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;

/** Disbursed loans as other modules and the applicant read them (MADDE 14(3)(d)). */
@Service
public class LoanQueries {

	private final LoanRepository loans;

	private final BankDirectory banks;

	LoanQueries(LoanRepository loans, BankDirectory banks) {
		this.loans = loans;
		this.banks = banks;
	}

	/** The application's disbursed loans, oldest first (by disbursement date). */
	@Transactional(readOnly = true)
	public List<DisbursedLoan> disbursedFor(Long applicationId) {
		Map<String, String> names = this.banks.names();
		return this.loans.findDisbursedForApplication(applicationId)
			.stream()
			.map(l -> l.toDisbursed(names.get(l.getBankCode())))
			.toList();
	}

	/** One disbursed loan; empty when it does not exist or is not disbursed yet. */
	@Transactional(readOnly = true)
	public Optional<DisbursedLoan> disbursed(Long loanId) {
		return this.loans.findById(loanId)
			.filter(l -> l.getStatus() == LoanStatus.DISBURSED)
			.map(l -> l.toDisbursed(this.banks.name(l.getBankCode())));
	}

	/**
	 * The loans of the applicant's own enterprise, whatever their status, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Loan> ofApplicant(DestekUser applicant) {
		if (applicant == null || !applicant.hasRole(Role.APPLICANT) || applicant.getEnterpriseId() == null) {
			return List.of();
		}
		List<Loan> found = this.loans.findByEnterpriseIdOrderByIdAsc(applicant.getEnterpriseId());
		found.forEach(l -> {
			l.getItems().size();
			l.getQuarters().size();
		});
		return found;
	}

}
