package tr.destek.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.board.ItemOutcome;
import tr.destek.credit.ExpenseItemSubsidySplitter;
import tr.destek.payment.ApprovedItem;
import tr.destek.payment.SupportGrants;
import tr.destek.payment.SupportSchedule;

/**
 * What KOSGEB granted on an application, as payments need it: the items the board
 * approved in its latest registered acceptance (MADDE 15(3)), the start of the programme
 * period (MADDE 6(5)), the disbursed bank loans with their interest subsidy schedule
 * (MADDE 14(3)(d)) and KOSGEB's rule splitting a quarter's subsidy over the financed
 * items ({@link ExpenseItemSubsidySplitter}, calculations.md §1, MADDE 15(4)).
 */
@Component
class KosgebLoanSupportGrants implements SupportGrants {

	private static final ExpenseItemSubsidySplitter SPLITTER = new ExpenseItemSubsidySplitter();

	private final LoanQueries loans;

	private final DecisionService decisions;

	KosgebLoanSupportGrants(LoanQueries loans, DecisionService decisions) {
		this.loans = loans;
		this.decisions = decisions;
	}

	@Override
	public String source() {
		return "KOSGEB";
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApprovedItem> approvedItems(Long fileId) {
		List<Decision> registered = this.decisions.registeredFor(fileId);
		for (int k = registered.size() - 1; k >= 0; k--) {
			Decision decision = registered.get(k);
			if (decision.getOutcome() == ItemOutcome.ACCEPTED) {
				return decision.getItems()
					.stream()
					.filter(i -> i.getAccepted().signum() > 0)
					.map(i -> new ApprovedItem(i.getExpenseItemId(), i.getDescription()))
					.toList();
			}
		}
		return List.of();
	}

	@Override
	public Optional<LocalDate> programmeStart(Long fileId) {
		return this.decisions.programmeStart(fileId);
	}

	@Override
	public List<SupportSchedule> disbursedFor(Long fileId) {
		return this.loans.disbursedFor(fileId).stream().map(KosgebLoanSupportGrants::schedule).toList();
	}

	@Override
	public Optional<SupportSchedule> disbursed(Long scheduleId) {
		return this.loans.disbursed(scheduleId).map(KosgebLoanSupportGrants::schedule);
	}

	@Override
	public List<BigDecimal> shares(BigDecimal periodSupport, List<BigDecimal> financed) {
		return SPLITTER.shares(periodSupport, financed);
	}

	/**
	 * A disbursed loan as a schedule: the bank pays out, each quarter's interest is due.
	 */
	static SupportSchedule schedule(DisbursedLoan loan) {
		return new SupportSchedule(loan.loanId(), loan.applicationId(), loan.bankName(), loan.amount(),
				loan.disbursementDate(),
				loan.items()
					.stream()
					.map(i -> new SupportSchedule.Item(i.expenseItemId(), i.description(), i.amount()))
					.toList(),
				loan.schedule()
					.stream()
					.map(q -> new SupportSchedule.Period(q.number(), q.dueDate(), q.interest()))
					.toList());
	}

}
