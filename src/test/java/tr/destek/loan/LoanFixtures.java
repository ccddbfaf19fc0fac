package tr.destek.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import tr.destek.board.Ballot;
import tr.destek.board.Board;
import tr.destek.board.BoardDecisionRegistered;
import tr.destek.board.BoardFixtures;
import tr.destek.board.BoardMemberService;
import tr.destek.board.BoardSeat;
import tr.destek.board.Criterion;
import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingFormat;
import tr.destek.board.MeetingService;
import tr.destek.board.VoteDecision;
import tr.destek.board.VotingService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.platform.DestekTime;
import tr.destek.support.ModuleEvents;

/**
 * Test data for loans: applications the board accepted (through a real meeting, votes and
 * a registered decision) and loans taken through the bank's and the unit's steps to
 * disbursement. Used by the payment module's tests too.
 * <p>
 * An accepted application has two approved items: "ERP yazılımı" (2 × 6.000.000 TL,
 * accepted 12.000.000 TL) and "Sunucu donanımı" (1 × 3.000.000 TL, accepted 3.000.000
 * TL); the support base is 15.000.000 TL. Its preferred bank is {@link #BANK} unless
 * another is given. The board steps run as a secretariat user the fixture signs in for
 * the time of the call; callers need no security annotations.
 */
public class LoanFixtures {

	/** The default preferred bank. */
	public static final String BANK = "ZIRAAT";

	/** The smallest PDF the document store accepts. */
	public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	public static final BigDecimal ERP = new BigDecimal("12000000.00");

	public static final BigDecimal SERVER = new BigDecimal("3000000.00");

	public static final BigDecimal SUPPORT_BASE = new BigDecimal("15000000.00");

	final ControlFixtures control;

	final BoardFixtures boards;

	final MeetingService meetings;

	final BoardMemberService members;

	final VotingService voting;

	final DecisionService decisions;

	final BankLoanService bank;

	final LoanControlService unit;

	final LoanQueries queries;

	final JdbcClient jdbc;

	LoanFixtures(ApplicationContext context) {
		this.control = ControlFixtures.from(context);
		this.boards = new BoardFixtures(context);
		this.meetings = context.getBean(MeetingService.class);
		this.members = context.getBean(BoardMemberService.class);
		this.voting = context.getBean(VotingService.class);
		this.decisions = context.getBean(DecisionService.class);
		this.bank = context.getBean(BankLoanService.class);
		this.unit = context.getBean(LoanControlService.class);
		this.queries = context.getBean(LoanQueries.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public static LoanFixtures from(ApplicationContext context) {
		return new LoanFixtures(context);
	}

	/** An application accepted today whose preferred bank is {@link #BANK}. */
	public Long acceptedApplication(int province, String title) {
		return acceptedApplication(province, title, BANK, null);
	}

	/**
	 * An application whose acceptance is registered on {@code registryDate} (a past date
	 * backdates the registered decision, so the programme period starts then).
	 */
	public Long acceptedApplication(int province, String title, LocalDate registryDate) {
		return acceptedApplication(province, title, BANK, registryDate);
	}

	/**
	 * The same for another preferred bank; {@code registryDate} {@code null} is today.
	 */
	public Long acceptedApplication(int province, String title, String bankCode, LocalDate registryDate) {
		Long application = this.control.readyForBoard(province, title);
		Long erp = this.jdbc.sql("select id from kosgeb_expense_item where application_id = ? and position = 1")
			.param(application)
			.query(Long.class)
			.single();
		// test-only: a bigger first item, a second item and the preferred bank
		this.jdbc.sql("update kosgeb_expense_item set unit_price = 6000000 where id = ?").param(erp).update();
		this.jdbc
			.sql("""
					insert into kosgeb_expense_item (application_id, position, kind, description, quantity, unit_price,
					  supplier_name, supplier_tax_number, report_recommendation, confirmed_new)
					values (?, 2, 'HARDWARE', 'Sunucu donanımı', 1, 3000000, 'Donanım A.Ş.', '9876543210', 'Öneri 4: sunucu', true)
					""")
			.param(application)
			.update();
		Long server = this.jdbc.sql("select id from kosgeb_expense_item where application_id = ? and position = 2")
			.param(application)
			.query(Long.class)
			.single();
		this.jdbc.sql("update kosgeb_application set preferred_bank_code = ? where id = ?")
			.params(bankCode, application)
			.update();
		Decision decision = asSecretariat(() -> accept(application, Map.of(erp, ERP, server, SERVER)));
		// the monitoring opens its case after the commit, asynchronously: backdate after
		// it
		ModuleEvents.awaitCompleted(this.jdbc, BoardDecisionRegistered.class, "decisionId", decision.getId());
		if (registryDate != null) {
			this.jdbc.sql("update board_decision set registry_date = ? where id = ?")
				.params(registryDate, decision.getId())
				.update();
		}
		return application;
	}

	private Decision accept(Long application, Map<Long, BigDecimal> amounts) {
		Board board = this.boards.board();
		Meeting scheduled = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Ankara, KOSGEB", null,
				LocalDate.now(DestekTime.ZONE).plusDays(15).atTime(LocalTime.of(14, 0)));
		this.meetings.addApplication(scheduled.getId(), application);
		Meeting meeting = this.meetings.sendAgenda(scheduled.getId());
		Long item = this.meetings.find(meeting.getId()).getItems().get(0).getId();
		List<Long> seats = board.activeSeats().stream().map(BoardSeat::getUserId).toList();
		seats.forEach(m -> this.members.sign(meeting.getId(), m));
		Map<String, Integer> scores = this.voting.criteria()
			.stream()
			.collect(Collectors.toMap(Criterion::getCode, c -> 4));
		for (Long member : seats) {
			this.voting.cast(meeting.getId(), item, member,
					new Ballot(VoteDecision.ACCEPT, "Dijital dönüşüm planı uygun", scores, amounts));
		}
		Decision decision = this.decisions.prepare(meeting.getId(), item);
		seats.forEach(m -> this.decisions.approve(decision.getId(), m));
		return this.decisions.register(decision.getId());
	}

	/** A unit manager of the province, as the unit's approvals need. */
	public DestekUser unitManager(int province) {
		return this.control.principal(this.control.staff(Role.UNIT_MANAGER, province));
	}

	/**
	 * A loan application of the preferred bank with an allocation of {@code amount}
	 * spread over the approved items in proportion to their accepted amounts, with one
	 * expense-group document; waiting for the unit's check.
	 */
	public Loan allocatedLoan(Long applicationId, BigDecimal amount) {
		String bankCode = preferredBank(applicationId);
		AcceptedApplication application = this.bank.acceptedApplication(bankCode, applicationId);
		Loan loan = this.bank.createLoanApplication(bankCode, applicationId, "KR-" + applicationId);
		this.bank.uploadDocument(bankCode, loan.getId(), "fatura-grubu.pdf", PDF);
		return this.bank.allocate(bankCode, loan.getId(), null,
				new AllocationCommand(amount, "TRY", proportional(application, amount)));
	}

	/**
	 * A loan of {@code amount} disbursed on {@code disbursementDate} (not in the future,
	 * within the programme period) with the term and grace in months: allocated by the
	 * bank, approved by a unit manager of the province, disbursed at 45 % a year.
	 */
	public DisbursedLoan disbursedLoan(Long applicationId, BigDecimal amount, LocalDate disbursementDate, int term,
			int grace) {
		Loan allocated = allocatedLoan(applicationId, amount);
		Short province = allocated.getProvinceCode();
		this.unit.approve(unitManager(province), allocated.getId(), null);
		Loan disbursed = this.bank.disburse(allocated.getBankCode(), allocated.getId(), null,
				new DisbursementCommand(amount, "TRY", disbursementDate, term, grace, new BigDecimal("45.00")));
		return this.queries.disbursed(disbursed.getId()).orElseThrow();
	}

	public String preferredBank(Long applicationId) {
		return this.jdbc.sql("select preferred_bank_code from kosgeb_application where id = ?")
			.param(applicationId)
			.query(String.class)
			.single();
	}

	/**
	 * The amount split over the approved items by their accepted amounts; the last takes
	 * the rest.
	 */
	static Map<Long, BigDecimal> proportional(AcceptedApplication application, BigDecimal amount) {
		Map<Long, BigDecimal> parts = new LinkedHashMap<>();
		BigDecimal rest = amount;
		List<ApprovedItem> items = application.items();
		for (int i = 0; i < items.size(); i++) {
			ApprovedItem item = items.get(i);
			BigDecimal part = (i == items.size() - 1) ? rest
					: amount.multiply(item.accepted()).divide(application.supportBase(), 2, RoundingMode.HALF_UP);
			parts.put(item.expenseItemId(), part);
			rest = rest.subtract(part);
		}
		return parts;
	}

	private static <T> T asSecretariat(Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		TestingAuthenticationToken token = new TestingAuthenticationToken("sekretarya@kosgeb.test", null,
				"ROLE_BOARD_SECRETARIAT");
		token.setAuthenticated(true);
		context.setAuthentication(token);
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
