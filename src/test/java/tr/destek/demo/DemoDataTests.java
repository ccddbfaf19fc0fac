package tr.destek.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tr.destek.board.Board;
import tr.destek.board.BoardKind;
import tr.destek.board.BoardService;
import tr.destek.board.DecisionService;
import tr.destek.credit.SubsidyQuarter;
import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.SizeClass;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.kosgeb.KosgebAppeals;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.loan.BankDirectory;
import tr.destek.loan.DisbursedLoan;
import tr.destek.loan.LoanQueries;
import tr.destek.payment.PaymentRequest;
import tr.destek.payment.PaymentService;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/** The demo data a newcomer gets: a login per role and the two sample enterprises. */
@IntegrationTest
class DemoDataTests {

	@Autowired
	DemoData demo;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	MockMvc mvc;

	@Autowired
	BoardService boards;

	@Autowired
	DecisionService decisions;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	KosgebAppeals kosgebAppeals;

	@Autowired
	LoanQueries loans;

	@Autowired
	BankDirectory banks;

	@Autowired
	PaymentService payments;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void everyRoleCanSignInAndTheSampleEnterprisesHaveTheirSizeClasses() throws Exception {
		this.demo.createAll();
		// idempotent: a second start keeps what exists
		var logins = this.demo.createAll();
		// ... and two more appeal commission members (MADDE 13(4))
		// ... and the three applicants whose applications wait for a next step
		assertThat(logins).hasSize(Role.STAFF_ROLES.size() + 2 + 2 + 2 + 3);
		for (String[] login : logins) {
			this.mvc.perform(formLogin("/login").userParameter("email").user(login[1]).password(DemoData.PASSWORD))
				.andExpect(authenticated());
		}
		LocalDate date = LocalDate.of(2026, 11, 23);
		Enterprise small = this.enterprises.findByTaxNumber(DemoEnterprises.QUALIFYING_TAX_NUMBER).orElseThrow();
		assertThat(this.enterprises.sizeClassAsOf(small.getId(), date).sizeClass()).isEqualTo(SizeClass.SMALL);
		Enterprise micro = this.enterprises.findByTaxNumber(DemoEnterprises.MICRO_TAX_NUMBER).orElseThrow();
		assertThat(this.enterprises.sizeClassAsOf(micro.getId(), date).sizeClass()).isEqualTo(SizeClass.MICRO);
	}

	@Test
	void theSecretariatCanScheduleAtOnceWithTheDemoBoardAndCommission() {
		this.demo.createAll();

		Board board = body(DemoBoards.BOARD);
		assertThat(board.getKind()).isEqualTo(BoardKind.BOARD);
		// MADDE 11(1): a chair and two independent evaluators, the demo board members
		assertThat(board.activeSeats()).hasSize(3);
		Board commission = body(DemoBoards.COMMISSION);
		assertThat(commission.getKind()).isEqualTo(BoardKind.APPEAL_COMMISSION);
		assertThat(commission.activeSeats()).hasSize(3);
	}

	@Test
	void demoApplicationsWaitOnTheBoardForAPaymentRequestAndForAnAppeal() {
		this.demo.createAll();
		LocalDate today = LocalDate.now(this.clock.withZone(DestekTime.ZONE));

		// READY_FOR_BOARD (MADDE 10(1)): the secretariat finds it among the candidates
		KosgebApplication ready = application(DemoApplications.READY_TAX_NUMBER);
		assertThat(ready.getStatus()).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
		assertThat(this.applications.readyForBoard()).extracting(KosgebApplication::getId).contains(ready.getId());

		// accepted about six months ago: the programme started then (MADDE 6(5)) ...
		KosgebApplication accepted = application(DemoApplications.ACCEPTED_TAX_NUMBER);
		assertThat(accepted.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(this.decisions.programmeStart(accepted.getId())).contains(today.minusMonths(6));
		// ... at the demo bank officer's bank, which disbursed the loan four months ago
		Long officer = userDetails(DemoBankOfficer.EMAIL).getId();
		assertThat(accepted.getPreferredBankCode()).isEqualTo(this.banks.bankOf(officer).orElseThrow());
		List<DisbursedLoan> disbursed = this.loans.disbursedFor(accepted.getId());
		assertThat(disbursed).hasSize(1);
		DisbursedLoan loan = disbursed.get(0);
		assertThat(loan.bankCode()).isEqualTo(accepted.getPreferredBankCode());
		assertThat(loan.disbursementDate()).isEqualTo(today.minusMonths(4));
		SubsidyQuarter first = loan.schedule().get(0);
		assertThat(first.dueDate()).isBefore(today);
		// the applicant can open the quarter-1 payment request now (MADDE 15(1)); rolled
		// back so the demo keeps it for the newcomer
		DestekUser applicant = userDetails(DemoApplications.ACCEPTED_EMAIL);
		PaymentRequest request = this.transaction.execute(status -> {
			status.setRollbackOnly();
			return this.payments.open(applicant, loan.loanId(), 1, first.dueDate());
		});
		assertThat(request.getQuarterNumber()).isEqualTo(1);

		// rejected today: the applicant may appeal within the window (MADDE 12(10),
		// 13(1))
		KosgebApplication rejected = application(DemoApplications.REJECTED_TAX_NUMBER);
		assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.BOARD_REJECTED);
		assertThat(this.kosgebAppeals.refusal(rejected)).isEmpty();
	}

	@Test
	void aSecondStartCreatesNothingNew() {
		this.demo.createAll();
		List<Long> before = counts();

		this.demo.createAll();

		assertThat(counts()).isEqualTo(before);
	}

	private List<Long> counts() {
		return List
			.of("enterprise", "user_account", "kosgeb_application", "board", "board_meeting", "board_decision", "loan",
					"audit_entry")
			.stream()
			.map(table -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}

	private Board body(String name) {
		return this.boards.all().stream().filter(b -> b.getName().equals(name)).findFirst().orElseThrow();
	}

	private KosgebApplication application(String taxNumber) {
		Long enterprise = this.enterprises.findByTaxNumber(taxNumber).orElseThrow().getId();
		return this.applications.findForEnterprise(enterprise).orElseThrow();
	}

	private DestekUser userDetails(String email) {
		return (DestekUser) this.userDetails.loadUserByUsername(email);
	}

}
