package tr.destek.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditTrail;
import tr.destek.credit.ExpenseItemSubsidySplitter;
import tr.destek.credit.InterestSubsidySchedule;
import tr.destek.credit.InterestSubsidyService;
import tr.destek.document.DocumentContent;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.notification.Notifier;
import tr.destek.platform.InvalidInputException;
import tr.destek.platform.NotFoundException;

/**
 * The bank's side of MADDE 14(3), for the web portal and the bank API alike. Every
 * operation names the acting bank: a bank sees and changes only the applications that
 * chose it and its own loans; anything else is answered as not found.
 */
@Service
public class BankLoanService {

	public static final String ENTITY = "Loan";

	/** The document category of the expense-group documents (MADDE 14(3)(b)). */
	public static final String DOCUMENT_CATEGORY = "EXPENSE_GROUP";

	private final LoanRepository loans;

	private final AcceptedApplications accepted;

	private final LoanRules rules;

	private final InterestSubsidyService subsidy;

	private final KosgebApplicationService applications;

	private final DocumentStore documents;

	private final BankDirectory banks;

	private final UserAccountService users;

	private final Notifier notifier;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	BankLoanService(LoanRepository loans, AcceptedApplications accepted, LoanRules rules,
			InterestSubsidyService subsidy, KosgebApplicationService applications, DocumentStore documents,
			BankDirectory banks, UserAccountService users, Notifier notifier, ApplicationEventPublisher events,
			AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.loans = loans;
		this.accepted = accepted;
		this.rules = rules;
		this.subsidy = subsidy;
		this.applications = applications;
		this.documents = documents;
		this.banks = banks;
		this.users = users;
		this.notifier = notifier;
		this.events = events;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The accepted applications that chose the bank (MADDE 14(3)(a)). */
	@Transactional(readOnly = true)
	public List<AcceptedApplication> acceptedApplications(String bankCode) {
		return this.accepted.forBank(bankCode);
	}

	/**
	 * One accepted application that chose the bank (or on which the bank already holds a
	 * loan), with its approved items.
	 */
	@Transactional(readOnly = true)
	public AcceptedApplication acceptedApplication(String bankCode, Long applicationId) {
		AcceptedApplication application = this.accepted.require(applicationId);
		// the bank the enterprise chose, or a bank that already holds one of its loans
		if (!bankCode.equals(application.preferredBankCode())
				&& this.loans.findByApplicationIdOrderByIdAsc(applicationId)
					.stream()
					.noneMatch(l -> l.getBankCode().equals(bankCode))) {
			throw new NotFoundException();
		}
		return application;
	}

	/** The bank's loans, newest first. */
	@Transactional(readOnly = true)
	public List<Loan> loans(String bankCode) {
		List<Loan> found = this.loans.findByBankCodeOrderByIdDesc(bankCode);
		// batch-fetched (@BatchSize), not one query per loan
		found.forEach(l -> {
			l.getItems().size();
			l.getQuarters().size();
		});
		return found;
	}

	/**
	 * One of the bank's loans with its items and schedule; another bank's is not found.
	 */
	@Transactional(readOnly = true)
	public Loan loan(String bankCode, Long loanId) {
		Loan loan = this.loans.findByIdAndBankCode(loanId, bankCode).orElseThrow(NotFoundException::new);
		loan.getItems().size();
		loan.getQuarters().size();
		return loan;
	}

	@Transactional(readOnly = true)
	public List<DocumentRef> documents(String bankCode, Long loanId) {
		loan(bankCode, loanId);
		return this.documents.list(ENTITY, String.valueOf(loanId));
	}

	/** The enterprise applied to the bank for the loan (MADDE 14(3)(a)). */
	@Transactional
	public Loan createLoanApplication(String bankCode, Long applicationId, String bankReference) {
		AcceptedApplication application = acceptedApplication(bankCode, applicationId);
		if (!bankCode.equals(application.preferredBankCode())) {
			// MADDE 14(3)(a): the enterprise applies to the protocol bank it chose
			throw new NotFoundException();
		}
		String reference = (bankReference == null || bankReference.isBlank()) ? null : bankReference.trim();
		if (reference != null && reference.length() > 60) {
			throw new LoanRuleException("bankReference", "loan.error.bankReference.length");
		}
		Loan loan = this.loans.save(new Loan(applicationId, application.enterpriseId(), application.provinceCode(),
				bankCode, reference, Instant.now(this.clock), AuditTrail.currentActor()));
		this.audit.record("LOAN_APPLIED", ENTITY, loan.getId(),
				"Loan application at " + bankCode + " for " + application.reference() + " (MADDE 14(3)(a))", null,
				loan.describe());
		return loan;
	}

	/** Stores an expense-group document of the allocation (MADDE 14(3)(b)). */
	@Transactional
	public DocumentRef uploadDocument(String bankCode, Long loanId, MultipartFile file) {
		Loan loan = loan(bankCode, loanId);
		requireAllocatable(loan);
		return this.documents.store(loan.getEnterpriseId(), ENTITY, String.valueOf(loanId), DOCUMENT_CATEGORY, file);
	}

	/** Stores an expense-group document given as bytes (bank API). */
	@Transactional
	public DocumentRef uploadDocument(String bankCode, Long loanId, String filename, byte[] content) {
		Loan loan = loan(bankCode, loanId);
		requireAllocatable(loan);
		return this.documents.store(loan.getEnterpriseId(), ENTITY, String.valueOf(loanId), DOCUMENT_CATEGORY, filename,
				content);
	}

	/** An expense-group document of one of the bank's loans. */
	@Transactional(readOnly = true)
	public DocumentContent document(String bankCode, Long loanId, Long documentId) {
		loan(bankCode, loanId);
		return LoanDocuments.open(this.documents, loanId, documentId);
	}

	@Transactional
	public void removeDocument(String bankCode, Long loanId, Long documentId) {
		Loan loan = loan(bankCode, loanId);
		// the document through its loan first: another loan's is not found, whatever
		// this loan's state
		DocumentRef document = this.documents.find(documentId)
			.filter(d -> ENTITY.equals(d.ownerType()) && String.valueOf(loanId).equals(d.ownerId()))
			.orElseThrow(NotFoundException::new);
		requireAllocatable(loan);
		this.documents.remove(document.id());
	}

	private static void requireAllocatable(Loan loan) {
		if (!loan.isAllocatable()) {
			throw new LoanRuleException(null, "loan.error.transition.allocate", loan.getStatus().label());
		}
	}

	/**
	 * The bank enters the allocated amount and the financed items, or corrects them after
	 * a return (MADDE 14(3)(b),(ç)); the unit is told to check it (14(3)(c)).
	 */
	@Transactional
	public Loan allocate(String bankCode, Long loanId, Long expectedVersion, AllocationCommand command) {
		Loan loan = loan(bankCode, loanId);
		checkVersion(loan, expectedVersion);
		requireAllocatable(loan);
		AcceptedApplication application = this.accepted.require(loan.getApplicationId());
		List<Loan> others = this.loans.lockByApplicationId(loan.getApplicationId())
			.stream()
			.filter(l -> !l.getId().equals(loanId))
			.toList();
		this.rules.checkAllocation(command, loan, application, others,
				this.accepted.itemBanks(application.applicationId()));
		if (this.documents.list(ENTITY, String.valueOf(loanId)).isEmpty()) {
			// MADDE 14(3)(b): the expense group's documents are entered with the amount
			throw new LoanRuleException("documents", "loan.error.documents.required");
		}
		holdItems(loan, application, command.items());
		String before = loan.describe();
		List<LoanItem> financed = new ArrayList<>();
		for (Map.Entry<Long, BigDecimal> entry : command.items().entrySet()) {
			ApprovedItem item = application.item(entry.getKey());
			financed.add(new LoanItem(item.expenseItemId(), item.position(), item.description(),
					entry.getValue().setScale(2, RoundingMode.HALF_UP)));
		}
		boolean resubmission = loan.getStatus() == LoanStatus.RETURNED;
		loan.allocate(command.amount().setScale(2, RoundingMode.HALF_UP), financed, Instant.now(this.clock));
		this.loans.saveAndFlush(loan);
		releaseUnfinancedItems(application.applicationId(), bankCode);
		this.audit.record(resubmission ? "LOAN_ALLOCATION_RESUBMITTED" : "LOAN_ALLOCATED", ENTITY, loanId, "Allocation "
				+ loan.getAllocatedAmount().toPlainString() + " TL entered by " + bankCode + " (MADDE 14(3)(b))",
				before, loan.describe());
		notifyUnit(loan, application);
		return loan;
	}

	/** MADDE 15(12): the first bank to finance an expense item holds it. */
	private void holdItems(Loan loan, AcceptedApplication application, Map<Long, BigDecimal> items) {
		for (Long itemId : items.keySet()) {
			// the primary key keeps a second bank out even when two allocations race
			this.jdbc
				.sql("insert into loan_item_bank (expense_item_id, application_id, bank_code) values (?, ?, ?) "
						+ "on conflict (expense_item_id) do nothing")
				.params(itemId, application.applicationId(), loan.getBankCode())
				.update();
			String holder = this.jdbc.sql("select bank_code from loan_item_bank where expense_item_id = ?")
				.param(itemId)
				.query(String.class)
				.single();
			if (!holder.equals(loan.getBankCode())) {
				throw new LoanRuleException("items[" + itemId + "]", "loan.error.item.otherBank",
						application.item(itemId).description());
			}
		}
	}

	/**
	 * Items the bank no longer finances after a correction become free for another bank.
	 */
	private void releaseUnfinancedItems(Long applicationId, String bankCode) {
		this.jdbc.sql("""
				delete from loan_item_bank b where b.application_id = ? and b.bank_code = ?
				and not exists (select 1 from loan_item i join loan l on l.id = i.loan_id
				                where l.bank_code = b.bank_code and i.expense_item_id = b.expense_item_id)
				""").params(applicationId, bankCode).update();
	}

	private void notifyUnit(Loan loan, AcceptedApplication application) {
		KosgebApplication file = this.applications.find(application.applicationId());
		List<Long> recipients = new ArrayList<>();
		if (file.getAssignedStaffId() != null) {
			recipients.add(file.getAssignedStaffId());
		}
		this.users.staffOfProvince(Role.UNIT_MANAGER, application.provinceCode())
			.stream()
			.map(UserAccount::getId)
			.filter(id -> !recipients.contains(id))
			.forEach(recipients::add);
		for (Long user : recipients) {
			this.notifier.notifyUser(
					user, "loan.notification.allocated", new Object[] { application.reference(),
							this.banks.name(loan.getBankCode()), loan.getAllocatedAmount() },
					"/kosgeb/control/loans/" + loan.getId());
		}
	}

	/**
	 * The bank disbursed the approved loan (MADDE 14(3)(d)); the subsidy schedule for its
	 * terms is computed with the support points in force on the disbursement date (MADDE
	 * 6(3), 15(4)) and stored; the applicant is told.
	 */
	@Transactional
	public Loan disburse(String bankCode, Long loanId, Long expectedVersion, DisbursementCommand command) {
		Loan loan = loan(bankCode, loanId);
		checkVersion(loan, expectedVersion);
		if (loan.getStatus() != LoanStatus.APPROVED) {
			throw new LoanRuleException(null, "loan.error.transition.disburse", loan.getStatus().label());
		}
		AcceptedApplication application = this.accepted.require(loan.getApplicationId());
		this.rules.checkDisbursement(command, loan, application);
		InterestSubsidySchedule schedule;
		try {
			schedule = this.subsidy.schedule(command.amount(), command.disbursementDate(), command.termMonths(),
					command.graceMonths(), null, null);
		}
		catch (InvalidInputException ex) {
			String field = "loanAmount".equals(ex.getField()) ? "amount" : ex.getField();
			throw new LoanRuleException(field, ex.getMessageKey(), ex.getArguments());
		}
		String before = loan.describe();
		BigDecimal amount = command.amount().setScale(2, RoundingMode.HALF_UP);
		loan.disburse(amount, command.annualRate(), schedule, financedParts(loan, amount), Instant.now(this.clock),
				AuditTrail.currentActor());
		this.loans.saveAndFlush(loan);
		this.audit.record("LOAN_DISBURSED", ENTITY, loanId,
				"Disbursed " + amount.toPlainString() + " TL on " + command.disbursementDate() + "; subsidy "
						+ schedule.totalSubsidy().toPlainString() + " TL over " + schedule.quarters().size()
						+ " quarters (MADDE 14(3)(d), 15(4))",
				before, loan.describe());
		this.notifier.notifyEnterprise(loan.getEnterpriseId(), "loan.notification.disbursed",
				new Object[] { application.reference(), this.banks.name(bankCode), amount,
						command.disbursementDate().format(LoanDates.FORMAT), schedule.totalSubsidy() },
				"/kosgeb/application/loans");
		this.events.publishEvent(new LoanDisbursed(loan.getId(), loan.getApplicationId(), loan.getEnterpriseId()));
		return loan;
	}

	/**
	 * The items' parts of the disbursed amount: the allocation's parts, reduced in
	 * proportion when the bank disburses less than it allocated (the largest item takes
	 * the rounding remainder, the first one on a tie).
	 */
	static List<LoanItem> financedParts(Loan loan, BigDecimal amount) {
		if (amount.compareTo(loan.getAllocatedAmount()) == 0) {
			return List.copyOf(loan.getItems());
		}
		List<ExpenseItemSubsidySplitter.FinancedItem> weights = loan.getItems()
			.stream()
			.map(i -> new ExpenseItemSubsidySplitter.FinancedItem(i.getDescription(), i.getAmount(), false))
			.toList();
		ExpenseItemSubsidySplitter.Split split = new ExpenseItemSubsidySplitter().split(amount, weights);
		List<LoanItem> parts = new ArrayList<>();
		for (int i = 0; i < loan.getItems().size(); i++) {
			LoanItem item = loan.getItems().get(i);
			parts.add(new LoanItem(item.getExpenseItemId(), item.getPosition(), item.getDescription(),
					split.shares().get(i).share()));
		}
		return parts;
	}

	static void checkVersion(Loan loan, Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != loan.getVersion()) {
			throw new LoanRuleException(null, "loan.error.conflict");
		}
	}

}
