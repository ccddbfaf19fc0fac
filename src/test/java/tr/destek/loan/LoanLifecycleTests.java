package tr.destek.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tr.destek.audit.AuditTrail;
import tr.destek.credit.SubsidyQuarter;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.notification.NotificationInbox;
import tr.destek.notification.NotificationView;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loan work flow of MADDE 14(3) through the services, with the limits of MADDE 6. */
@IntegrationTest
@RecordApplicationEvents
class LoanLifecycleTests {

	static final int PROVINCE = 27;

	@Autowired
	ApplicationContext context;

	@Autowired
	BankLoanService bank;

	@Autowired
	LoanControlService unit;

	@Autowired
	LoanQueries queries;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	BankDirectory banks;

	@Autowired
	UserAccountService users;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	NotificationInbox inbox;

	LoanFixtures fixtures;

	List<NotificationView> inboxOf(Long userId) {
		return this.inbox.page(userId, PageRequest.of(0, 10), Locale.forLanguageTag("tr")).getContent();
	}

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.fixtures = LoanFixtures.from(this.context);
		this.today = LocalDate.now(DestekTime.ZONE);
	}

	Loan applied(Long application) {
		Loan loan = this.bank.createLoanApplication(LoanFixtures.BANK, application, "KR-1");
		this.bank.uploadDocument(LoanFixtures.BANK, loan.getId(), "gider-grubu.pdf", LoanFixtures.PDF);
		return loan;
	}

	Map<Long, BigDecimal> items(Long application, String erp, String server) {
		AcceptedApplication accepted = this.bank.acceptedApplication(LoanFixtures.BANK, application);
		Map<Long, BigDecimal> items = new LinkedHashMap<>();
		if (erp != null) {
			items.put(accepted.items().get(0).expenseItemId(), new BigDecimal(erp));
		}
		if (server != null) {
			items.put(accepted.items().get(1).expenseItemId(), new BigDecimal(server));
		}
		return items;
	}

	@Test
	void madde14_3_theBankSeesTheAcceptedApplicationWithTheSupportBaseAndApprovedItems() {
		Long application = this.fixtures.acceptedApplication(PROVINCE, "Banka Görür A.Ş.");

		assertThat(this.bank.acceptedApplications(LoanFixtures.BANK)).anySatisfy(a -> {
			assertThat(a.applicationId()).isEqualTo(application);
			// MADDE 6(1): the list's programme period, durations read once for all rows
			assertThat(a.programmeStart()).isEqualTo(this.today);
			assertThat(a.programmeEnd()).isEqualTo(this.today.plusMonths(24));
		});
		assertThat(this.bank.acceptedApplications("AKBANK")).noneMatch(a -> a.applicationId().equals(application));
		AcceptedApplication accepted = this.bank.acceptedApplication(LoanFixtures.BANK, application);
		assertThat(accepted.supportBase()).isEqualByComparingTo("15000000");
		assertThat(accepted.registryNumber()).startsWith("KK-");
		assertThat(accepted.programmeStart()).isEqualTo(this.today);
		assertThat(accepted.programmeEnd()).isEqualTo(this.today.plusMonths(24));
		assertThat(accepted.items()).extracting(ApprovedItem::accepted)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(LoanFixtures.ERP, LoanFixtures.SERVER);
		assertThatThrownBy(() -> this.bank.acceptedApplication("AKBANK", application))
			.isInstanceOf(tr.destek.platform.NotFoundException.class);
	}

	@Test
	void madde14_3_cc_returnedToTheBankWithReasonsThenCorrectedThenApprovedAndDisbursed() {
		Long application = this.fixtures.acceptedApplication(PROVINCE, "İade Döngüsü A.Ş.");
		DestekUser manager = this.fixtures.unitManager(PROVINCE);
		UserAccount officer = this.users.createStaffWithPassword("banka-" + UUID.randomUUID() + "@banka.test",
				"Banka Yetkilisi", EnumSet.of(Role.BANK_OFFICER), "Gizli-parola-123");
		this.banks.assign(officer.getId(), LoanFixtures.BANK);
		UserAccount applicant = this.users.createApplicant(this.applications.find(application).getEnterpriseId(),
				"basvuru-" + UUID.randomUUID() + "@example.com.tr", "Başvuru Sahibi", "Gizli-parola-123");
		Loan loan = applied(application);
		this.bank.allocate(LoanFixtures.BANK, loan.getId(), null,
				new AllocationCommand(new BigDecimal("5000000"), "TRY", items(application, "5000000", null)));
		assertThat(this.unit.queue(manager)).anySatisfy(l -> assertThat(l.getId()).isEqualTo(loan.getId()));
		// the unit is told to check the allocation (MADDE 14(3)(c))
		assertThat(inboxOf(manager.getId())).anySatisfy(n -> {
			assertThat(n.subject()).contains("Kredi tahsisi kontrol bekliyor");
			assertThat(n.body()).contains("5.000.000,00").contains("MADDE 14(3)(c)");
			assertThat(n.link()).isEqualTo("/kosgeb/control/loans/" + loan.getId());
		});

		Loan returned = this.unit.returnToBank(manager, loan.getId(), null, "Fatura grubu belgesi okunmuyor.");
		assertThat(returned.getStatus()).isEqualTo(LoanStatus.RETURNED);
		assertThat(returned.getReturnReasons()).isEqualTo("Fatura grubu belgesi okunmuyor.");
		assertThat(inboxOf(officer.getId())).anySatisfy(
				n -> assertThat(n.body()).contains("Fatura grubu belgesi okunmuyor.").contains("MADDE 14(3)(ç)"));
		assertThatThrownBy(() -> this.unit.approve(manager, loan.getId(), null)).isInstanceOfSatisfying(
				LoanRuleException.class, e -> assertThat(e.hasKey("loan.error.transition.approve")).isTrue());

		Loan corrected = this.bank.allocate(LoanFixtures.BANK, loan.getId(), null,
				new AllocationCommand(new BigDecimal("6000000"), "TL", items(application, "4000000", "2000000")));
		assertThat(corrected.getStatus()).isEqualTo(LoanStatus.ALLOCATED);
		assertThat(corrected.getAllocationRound()).isEqualTo(2);
		Loan approved = this.unit.approve(manager, loan.getId(), null);
		assertThat(approved.getStatus()).isEqualTo(LoanStatus.APPROVED);

		Loan disbursed = this.bank.disburse(LoanFixtures.BANK, loan.getId(), null,
				new DisbursementCommand(new BigDecimal("6000000"), "TRY", this.today, 24, 3, new BigDecimal("42.5")));
		assertThat(disbursed.getStatus()).isEqualTo(LoanStatus.DISBURSED);
		assertThat(this.events.stream(LoanDisbursed.class))
			.containsExactly(new LoanDisbursed(loan.getId(), application, loan.getEnterpriseId()));
		assertThat(inboxOf(officer.getId())).anySatisfy(n -> assertThat(n.subject()).contains("uygun bulundu"));
		assertThat(inboxOf(applicant.getId())).anySatisfy(n -> {
			assertThat(n.subject()).contains("Krediniz kullandırıldı");
			assertThat(n.body()).contains("6.000.000,00").contains("T.C. Ziraat Bankası A.Ş.");
			assertThat(n.link()).isEqualTo("/kosgeb/application/loans");
		});
		assertThat(this.queries.disbursedFor(application)).singleElement().satisfies(d -> {
			assertThat(d.bankName()).isEqualTo("T.C. Ziraat Bankası A.Ş.");
			assertThat(d.items()).extracting(FinancedItem::amount)
				.usingElementComparator(BigDecimal::compareTo)
				.containsExactly(new BigDecimal("4000000"), new BigDecimal("2000000"));
			assertThat(d.schedule()).hasSize(8);
			assertThat(d.lastMaturity()).isEqualTo(this.today.plusMonths(24));
		});
		assertThat(this.audit.history(BankLoanService.ENTITY, loan.getId())).extracting(e -> e.getAction())
			.containsExactly("LOAN_APPLIED", "LOAN_ALLOCATED", "LOAN_RETURNED", "LOAN_ALLOCATION_RESUBMITTED",
					"LOAN_APPROVED", "LOAN_DISBURSED");
	}

	/**
	 * Separation of duties (MADDE 14(3)(c)): the allocation is checked by the file's own
	 * expert or the unit manager, not by any staff member of the unit.
	 */
	@Test
	void madde14_3_c_onlyTheFilesExpertOrTheUnitManagerApprovesAnAllocation() {
		tr.destek.kosgeb.ControlFixtures control = tr.destek.kosgeb.ControlFixtures.from(this.context);
		Long application = this.fixtures.acceptedApplication(PROVINCE, "Görev Ayrılığı A.Ş.");
		Loan loan = applied(application);
		this.bank.allocate(LoanFixtures.BANK, loan.getId(), null,
				new AllocationCommand(new BigDecimal("5000000"), "TRY", items(application, "5000000", null)));
		DestekUser colleague = control.principal(control.staff(Role.RESPONSIBLE_STAFF, PROVINCE));

		assertThatThrownBy(() -> this.unit.approve(colleague, loan.getId(), null)).isInstanceOfSatisfying(
				LoanRuleException.class, e -> assertThat(e.hasKey("loan.error.approve.not-assigned")).isTrue());
		assertThatThrownBy(() -> this.unit.returnToBank(colleague, loan.getId(), null, "Belge okunmuyor."))
			.isInstanceOfSatisfying(LoanRuleException.class,
					e -> assertThat(e.hasKey("loan.error.approve.not-assigned")).isTrue());

		Long expertId = this.applications.find(application).getAssignedStaffId();
		DestekUser expert = control.principal(this.users.find(expertId).orElseThrow());
		assertThat(this.unit.approve(expert, loan.getId(), null).getStatus()).isEqualTo(LoanStatus.APPROVED);
	}

	@Test
	void madde15_4_theStoredScheduleOfA10MillionLoanOver36MonthsWith6MonthsGraceTotals3950457_50() {
		LocalDate start = this.today.minusMonths(7);
		Long application = this.fixtures.acceptedApplication(PROVINCE, "Takvim A.Ş.", start);
		LocalDate disbursement = start.plusDays(10);

		DisbursedLoan loan = this.fixtures.disbursedLoan(application, new BigDecimal("10000000"), disbursement, 36, 6);

		assertThat(loan.schedule()).hasSize(12);
		assertThat(loan.schedule().stream().map(SubsidyQuarter::interest).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("3950457.50");
		assertThat(loan.totalSubsidy()).isEqualByComparingTo("3950457.50");
		assertThat(loan.schedule().get(0).dueDate()).isEqualTo(disbursement.plusMonths(3)).isBefore(this.today);
		assertThat(loan.lastMaturity()).isEqualTo(disbursement.plusMonths(36));
		assertThat(loan.supportPoints()).isEqualByComparingTo("20");
		// proportional to the accepted amounts 12 M and 3 M
		assertThat(loan.items()).extracting(FinancedItem::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("8000000"), new BigDecimal("2000000"));
		assertThat(this.queries.disbursed(loan.loanId())).contains(loan);
	}

	@Test
	void madde14_3_c_anAllocationAboveTheSupportBaseIsRefusedCountingTheOtherLoans() {
		Long application = this.fixtures.acceptedApplication(PROVINCE, "Tavan A.Ş.");
		this.fixtures.allocatedLoan(application, new BigDecimal("10000000"));
		Loan second = applied(application);

		assertThatThrownBy(() -> this.bank.allocate(LoanFixtures.BANK, second.getId(), null,
				new AllocationCommand(new BigDecimal("6000000"), "TRY", items(application, "4000000", "2000000"))))
			.isInstanceOfSatisfying(LoanRuleException.class, e -> {
				assertThat(e.getProblems()).anySatisfy(p -> {
					assertThat(p.field()).isEqualTo("amount");
					assertThat(p.messageKey()).isEqualTo("loan.error.amount.supportBase");
					assertThat((BigDecimal) p.arguments()[2]).isEqualByComparingTo("5000000");
				});
				// the first loan finances 8 M of the ERP item's accepted 12 M
				assertThat(e.getProblems())
					.anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("loan.error.item.accepted"));
			});
		Loan fits = this.bank.allocate(LoanFixtures.BANK, second.getId(), null,
				new AllocationCommand(new BigDecimal("5000000"), "TRY", items(application, "4000000", "1000000")));
		assertThat(fits.getStatus()).isEqualTo(LoanStatus.ALLOCATED);
	}

	@Test
	void madde15_12_oneExpenseItemIsFinancedByOneBankOnly() {
		Long application = this.fixtures.acceptedApplication(PROVINCE, "İki Banka A.Ş.");
		this.fixtures.allocatedLoan(application, new BigDecimal("5000000"));
		Map<Long, BigDecimal> erpOnly = items(application, "1000000", null);
		// the enterprise turns to another protocol bank for the rest
		this.jdbc.sql("update kosgeb_application set preferred_bank_code = 'AKBANK' where id = ?")
			.param(application)
			.update();
		Loan other = this.bank.createLoanApplication("AKBANK", application, null);
		this.bank.uploadDocument("AKBANK", other.getId(), "belge.pdf", LoanFixtures.PDF);

		assertThatThrownBy(() -> this.bank.allocate("AKBANK", other.getId(), null,
				new AllocationCommand(new BigDecimal("1000000"), "TRY", erpOnly)))
			.isInstanceOfSatisfying(LoanRuleException.class,
					e -> assertThat(e.getProblems()).singleElement().satisfies(p -> {
						assertThat(p.field()).isEqualTo("items[" + erpOnly.keySet().iterator().next() + "]");
						assertThat(p.messageKey()).isEqualTo("loan.error.item.otherBank");
					}));
		// the first bank still reads the application it lends to; the new one may not
		// apply twice
		assertThat(this.bank.acceptedApplication(LoanFixtures.BANK, application).applicationId())
			.isEqualTo(application);
		assertThatThrownBy(() -> this.bank.createLoanApplication(LoanFixtures.BANK, application, null))
			.isInstanceOf(tr.destek.platform.NotFoundException.class);
	}

	@Test
	void madde6_5_theDisbursementDateLiesWithinTheProgrammePeriodAndNotInTheFuture() {
		LocalDate start = this.today.minusMonths(2);
		Long application = this.fixtures.acceptedApplication(PROVINCE, "Süre A.Ş.", start);
		Loan loan = this.fixtures.allocatedLoan(application, new BigDecimal("2000000"));
		this.unit.approve(this.fixtures.unitManager(PROVINCE), loan.getId(), null);

		assertThatThrownBy(() -> this.bank.disburse(LoanFixtures.BANK, loan.getId(), null,
				new DisbursementCommand(new BigDecimal("2000000"), "TRY", start.minusDays(1), 12, 0,
						new BigDecimal("40"))))
			.isInstanceOfSatisfying(LoanRuleException.class,
					e -> assertThat(e.hasKey("loan.error.disbursementDate.period")).isTrue());
		assertThatThrownBy(() -> this.bank.disburse(LoanFixtures.BANK, loan.getId(), null,
				new DisbursementCommand(new BigDecimal("2000000"), "TRY", this.today.plusDays(1), 12, 0,
						new BigDecimal("40"))))
			.isInstanceOfSatisfying(LoanRuleException.class,
					e -> assertThat(e.hasKey("loan.error.disbursementDate.future")).isTrue());
		assertThat(
				this.bank
					.disburse(LoanFixtures.BANK, loan.getId(), null,
							new DisbursementCommand(new BigDecimal("2000000"), "TRY", start, 12, 0,
									new BigDecimal("40")))
					.getStatus())
			.isEqualTo(LoanStatus.DISBURSED);
	}

	@Test
	void madde6_limitsOfAmountTermGraceAndCurrencyAreEachReportedOnTheirField() {
		Long application = this.fixtures.acceptedApplication(PROVINCE, "Limit A.Ş.");
		Loan loan = this.fixtures.allocatedLoan(application, new BigDecimal("3000000"));
		this.unit.approve(this.fixtures.unitManager(PROVINCE), loan.getId(), null);

		assertThatThrownBy(() -> this.bank.disburse(LoanFixtures.BANK, loan.getId(), null,
				new DisbursementCommand(new BigDecimal("999999.99"), "USD", this.today, 37, 9, new BigDecimal("40"))))
			.isInstanceOfSatisfying(LoanRuleException.class, e -> assertThat(e.getProblems())
				.extracting(LoanRuleException.Problem::field, LoanRuleException.Problem::messageKey)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("currency", "loan.error.currency"),
						org.assertj.core.groups.Tuple.tuple("amount", "loan.error.amount.min"),
						org.assertj.core.groups.Tuple.tuple("termMonths", "loan.error.termMonths.range"),
						org.assertj.core.groups.Tuple.tuple("graceMonths", "loan.error.graceMonths.allowed")));
		assertThatThrownBy(() -> this.bank.disburse(LoanFixtures.BANK, loan.getId(), null,
				new DisbursementCommand(new BigDecimal("3000000.01"), "TRY", this.today, 13, 12, new BigDecimal("40"))))
			.isInstanceOfSatisfying(LoanRuleException.class,
					e -> assertThat(e.getProblems())
						.extracting(LoanRuleException.Problem::field, LoanRuleException.Problem::messageKey)
						.containsExactlyInAnyOrder(
								org.assertj.core.groups.Tuple.tuple("amount", "loan.error.amount.allocation"),
								org.assertj.core.groups.Tuple.tuple("termMonths", "loan.error.termMonths.quarters"),
								org.assertj.core.groups.Tuple.tuple("graceMonths", "loan.error.graceMonths.allowed")));
		assertThatThrownBy(() -> this.bank.disburse(LoanFixtures.BANK, loan.getId(), null,
				new DisbursementCommand(new BigDecimal("3000000"), "TRY", this.today, 6, 6, new BigDecimal("40"))))
			.isInstanceOfSatisfying(LoanRuleException.class,
					e -> assertThat(e.hasKey("loan.error.graceMonths.term")).isTrue());
		Loan second = applied(application);
		assertThatThrownBy(() -> this.bank.allocate(LoanFixtures.BANK, second.getId(), null,
				new AllocationCommand(new BigDecimal("20000000.01"), "EUR", items(application, "1000000", null))))
			.isInstanceOfSatisfying(LoanRuleException.class, e -> {
				assertThat(e.hasKey("loan.error.amount.max")).isTrue();
				assertThat(e.hasKey("loan.error.currency")).isTrue();
			});
		assertThat(
				this.bank
					.disburse(LoanFixtures.BANK, loan.getId(), null,
							new DisbursementCommand(new BigDecimal("1000000"), "TRY", this.today, 3, 0,
									new BigDecimal("40")))
					.schedule())
			.hasSize(1);
	}

}
