package tr.destek.loan;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.kosgeb.AcceptedNextStep;

/**
 * The accepted applicant's next step from his loans: none → apply at the preferred
 * protocol bank (MADDE 14(2),(3)); one in progress → where it stands (14(3)); disbursed →
 * request each quarter's support with the Ödeme Talep Formu (15(1)).
 */
@Component
class LoanNextStep implements AcceptedNextStep {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final LoanRepository loans;

	private final BankDirectory banks;

	LoanNextStep(LoanRepository loans, BankDirectory banks) {
		this.loans = loans;
		this.banks = banks;
	}

	@Override
	@Transactional(readOnly = true)
	public NextStep of(Long applicationId, Long enterpriseId) {
		List<Loan> own = this.loans.findByEnterpriseIdOrderByIdAsc(enterpriseId)
			.stream()
			.filter(l -> l.getApplicationId().equals(applicationId))
			.toList();
		Optional<Loan> disbursed = own.stream().filter(l -> l.getStatus() == LoanStatus.DISBURSED).findFirst();
		if (disbursed.isPresent()) {
			return new NextStep("loan.next.disbursed",
					new Object[] { DATE.format(disbursed.get().getDisbursementDate()) });
		}
		if (!own.isEmpty()) {
			Loan latest = own.get(own.size() - 1);
			return new NextStep("loan.next.in-progress",
					new Object[] { this.banks.name(latest.getBankCode()), latest.getStatus().label() });
		}
		return new NextStep("loan.next.apply", new Object[0]);
	}

}
