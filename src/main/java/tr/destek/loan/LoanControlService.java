package tr.destek.loan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.document.DocumentContent;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.notification.Notifier;
import tr.destek.platform.NotFoundException;

/**
 * The unit's side of MADDE 14(3): the responsible staff and the unit manager of the
 * application's province unit check an allocation against the board's support base
 * (14(3)(c)) and either return it to the bank with reasons (14(3)(ç)) or approve it so
 * the bank may disburse (14(3)(d)). Staff of another unit are answered not found.
 */
@Service
public class LoanControlService {

	private final LoanRepository loans;

	private final AcceptedApplications accepted;

	private final DocumentStore documents;

	private final BankDirectory banks;

	private final Notifier notifier;

	private final AuditTrail audit;

	private final Clock clock;

	private final KosgebApplicationService applications;

	LoanControlService(LoanRepository loans, AcceptedApplications accepted, DocumentStore documents,
			BankDirectory banks, Notifier notifier, AuditTrail audit, Clock clock,
			KosgebApplicationService applications) {
		this.applications = applications;
		this.loans = loans;
		this.accepted = accepted;
		this.documents = documents;
		this.banks = banks;
		this.notifier = notifier;
		this.audit = audit;
		this.clock = clock;
	}

	/** The loans of the user's unit: waiting for a check first, then the others. */
	@Transactional(readOnly = true)
	public List<Loan> queue(DestekUser staff) {
		requireUnitStaff(staff);
		List<Loan> found = new ArrayList<>(this.loans.findByProvinceCodeAndStatusInOrderByAllocationSubmittedAtAsc(
				staff.getProvinceCode(), EnumSet.of(LoanStatus.ALLOCATED)));
		found.addAll(this.loans.findByProvinceCodeAndStatusInOrderByAllocationSubmittedAtAsc(staff.getProvinceCode(),
				EnumSet.of(LoanStatus.APPLIED, LoanStatus.RETURNED, LoanStatus.APPROVED, LoanStatus.DISBURSED)));
		found.forEach(l -> l.getItems().size());
		return found;
	}

	/** The check of one allocation (MADDE 14(3)(c)). */
	@Transactional(readOnly = true)
	public LoanCheck check(DestekUser staff, Long loanId) {
		Loan loan = find(staff, loanId);
		AcceptedApplication application = this.accepted.require(loan.getApplicationId());
		List<Loan> others = this.loans.findByApplicationIdOrderByIdAsc(loan.getApplicationId())
			.stream()
			.filter(l -> !l.getId().equals(loanId))
			.toList();
		BigDecimal otherLoans = others.stream().map(Loan::committedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal remaining = application.supportBase().subtract(otherLoans);
		boolean within = loan.committedAmount().compareTo(remaining) <= 0;
		List<LoanCheck.ItemCheck> items = new ArrayList<>();
		for (LoanItem item : loan.getItems()) {
			ApprovedItem approved = application.item(item.getExpenseItemId());
			BigDecimal elsewhere = others.stream()
				.map(l -> l.financedAmount(item.getExpenseItemId()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal acceptedAmount = (approved != null) ? approved.accepted() : BigDecimal.ZERO;
			items.add(new LoanCheck.ItemCheck(item, acceptedAmount, elsewhere,
					approved != null && elsewhere.add(item.getAmount()).compareTo(acceptedAmount) <= 0));
		}
		List<DocumentRef> docs = this.documents.list(BankLoanService.ENTITY, String.valueOf(loanId));
		return new LoanCheck(loan, this.banks.name(loan.getBankCode()), application, otherLoans, remaining, within,
				items, docs);
	}

	/** An expense-group document of a loan of the staff member's unit. */
	@Transactional(readOnly = true)
	public DocumentContent document(DestekUser staff, Long loanId, Long documentId) {
		find(staff, loanId);
		return LoanDocuments.open(this.documents, loanId, documentId);
	}

	/**
	 * Returns the allocation to the bank for correction, with reasons (MADDE 14(3)(ç)).
	 */
	@Transactional
	public Loan returnToBank(DestekUser staff, Long loanId, Long expectedVersion, String reasons) {
		Loan loan = find(staff, loanId);
		requireFileOwner(staff, loan);
		BankLoanService.checkVersion(loan, expectedVersion);
		if (reasons == null || reasons.isBlank()) {
			throw new LoanRuleException("reasons", "loan.error.reasons.required");
		}
		if (reasons.length() > 4000) {
			throw new LoanRuleException("reasons", "loan.error.reasons.length");
		}
		String before = loan.describe();
		loan.returnToBank(reasons.trim(), Instant.now(this.clock), AuditTrail.currentActor());
		this.loans.saveAndFlush(loan);
		this.audit.record("LOAN_RETURNED", BankLoanService.ENTITY, loanId,
				"Allocation returned to " + loan.getBankCode() + " for correction (MADDE 14(3)(ç))", before,
				loan.describe());
		notifyBank(loan, "loan.notification.returned", reasons.trim());
		return loan;
	}

	/**
	 * Approves the allocation (MADDE 14(3)(c),(d)); refused while it exceeds the support
	 * base or an item's accepted amount, or has no documents.
	 */
	@Transactional
	public Loan approve(DestekUser staff, Long loanId, Long expectedVersion) {
		LoanCheck check = check(staff, loanId);
		Loan loan = this.loans.findById(loanId).orElseThrow(NotFoundException::new);
		requireFileOwner(staff, loan);
		BankLoanService.checkVersion(loan, expectedVersion);
		if (loan.getStatus() != LoanStatus.ALLOCATED) {
			throw new LoanRuleException(null, "loan.error.transition.approve", loan.getStatus().label());
		}
		if (!check.withinSupportBase()) {
			throw new LoanRuleException(null, "loan.error.approve.supportBase", check.application().supportBase());
		}
		if (!check.passes()) {
			throw new LoanRuleException(null, "loan.error.approve.checks");
		}
		String before = loan.describe();
		loan.approve(Instant.now(this.clock), AuditTrail.currentActor());
		this.loans.saveAndFlush(loan);
		this.audit.record(
				"LOAN_APPROVED", BankLoanService.ENTITY, loanId, "Allocation approved; within the support base "
						+ check.application().supportBase().toPlainString() + " TL (MADDE 14(3)(c))",
				before, loan.describe());
		notifyBank(loan, "loan.notification.approved", "");
		return loan;
	}

	private void notifyBank(Loan loan, String key, String reasons) {
		AcceptedApplication application = this.accepted.require(loan.getApplicationId());
		for (Map.Entry<Long, String> officer : this.banks.officerBanks().entrySet()) {
			if (officer.getValue().equals(loan.getBankCode())) {
				this.notifier.notifyUser(officer.getKey(), key,
						new Object[] { application.reference(), application.enterpriseTitle(), reasons },
						"/bank/loans/" + loan.getId());
			}
		}
	}

	private Loan find(DestekUser staff, Long loanId) {
		requireUnitStaff(staff);
		Loan loan = this.loans.findById(loanId).orElseThrow(NotFoundException::new);
		if (!staff.getProvinceCode().equals(loan.getProvinceCode())) {
			throw new NotFoundException();
		}
		loan.getItems().size();
		loan.getQuarters().size();
		return loan;
	}

	/**
	 * Separation of duties: the unit's check of an allocation (MADDE 14(3)(c),(ç)) is the
	 * act of the application's own expert or of the unit manager; other staff of the unit
	 * may read it.
	 */
	private void requireFileOwner(DestekUser staff, Loan loan) {
		if (staff.hasRole(Role.UNIT_MANAGER)) {
			return;
		}
		Long expert = this.applications.find(loan.getApplicationId()).getAssignedStaffId();
		if (!staff.getId().equals(expert)) {
			throw new LoanRuleException(null, "loan.error.approve.not-assigned");
		}
	}

	private static void requireUnitStaff(DestekUser staff) {
		if (staff == null || staff.getProvinceCode() == null
				|| !(staff.hasRole(Role.RESPONSIBLE_STAFF) || staff.hasRole(Role.UNIT_MANAGER))) {
			throw new NotFoundException();
		}
	}

}
