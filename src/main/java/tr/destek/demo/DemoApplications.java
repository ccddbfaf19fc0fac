package tr.destek.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tr.destek.board.Ballot;
import tr.destek.board.Board;
import tr.destek.board.BoardKind;
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
import tr.destek.kosgeb.ApplicationControlService;
import tr.destek.kosgeb.ControlApproval;
import tr.destek.kosgeb.ControlReview;
import tr.destek.kosgeb.CheckResult;
import tr.destek.kosgeb.Commitment;
import tr.destek.kosgeb.ControlChecklist;
import tr.destek.kosgeb.ControlProposal;
import tr.destek.kosgeb.DocumentCategory;
import tr.destek.kosgeb.ExpenseItem;
import tr.destek.kosgeb.ExpenseItemData;
import tr.destek.kosgeb.ExpenseKind;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.kosgeb.MaturityReport;
import tr.destek.loan.AcceptedApplication;
import tr.destek.loan.AllocationCommand;
import tr.destek.loan.ApprovedItem;
import tr.destek.loan.BankDirectory;
import tr.destek.loan.BankLoanService;
import tr.destek.loan.DisbursementCommand;
import tr.destek.loan.Loan;
import tr.destek.loan.LoanControlService;
import tr.destek.loan.LoanQueries;
import tr.destek.platform.DestekTime;

/**
 * Three Konya enterprises whose applications stand where a newcomer can take the next
 * step: one READY_FOR_BOARD (the secretariat puts it on an agenda, MADDE 10(1), 12(1)),
 * one ACCEPTED about six months ago with a bank loan disbursed about four months ago (its
 * quarter-1 payment request is due, MADDE 14, 15(1)), and one REJECTED today (the
 * applicant may appeal within 15 days, MADDE 12(10), 13(1)). Everything goes through the
 * services in the order and as the users who take these steps in the browser: the
 * applicant fills and submits the form, the demo responsible staff and unit manager
 * control it (MADDE 9), the demo board meets, votes and registers its decision (MADDE
 * 12), the demo bank officer and unit manager handle the loan (MADDE 14).
 * <p>
 * Each enterprise is created once (keyed by its tax number); its application's steps run
 * in one transaction, so a failed start leaves nothing half-made.
 */
@Component
class DemoApplications {

	static final String READY_TAX_NUMBER = "4212345670";

	static final String READY_EMAIL = "basvuru@selcuklukalip.com.tr";

	static final String ACCEPTED_TAX_NUMBER = "4223456781";

	static final String ACCEPTED_EMAIL = "basvuru@karatayotomotiv.com.tr";

	static final String REJECTED_TAX_NUMBER = "4234567894";

	static final String REJECTED_EMAIL = "basvuru@merammakina.com.tr";

	/** The accepted application's loan: the whole support base, 24 months, no grace. */
	static final int LOAN_TERM_MONTHS = 24;

	private final DemoEnterprises enterprises;

	private final DemoActors actors;

	private final DemoBoards boards;

	private final KosgebApplicationService applications;

	private final ApplicationControlService control;

	private final ControlReview review;

	private final ControlApproval approval;

	private final MeetingService meetings;

	private final BoardMemberService members;

	private final VotingService voting;

	private final DecisionService decisions;

	private final BankDirectory banks;

	private final BankLoanService bank;

	private final LoanControlService loanControl;

	private final LoanQueries loans;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoApplications(DemoEnterprises enterprises, DemoActors actors, DemoBoards boards,
			KosgebApplicationService applications, ApplicationControlService control, MeetingService meetings,
			BoardMemberService members, VotingService voting, DecisionService decisions, BankDirectory banks,
			BankLoanService bank, LoanControlService loanControl, LoanQueries loans, JdbcClient jdbc,
			TransactionTemplate transaction, Clock clock, ControlReview review, ControlApproval approval) {
		this.review = review;
		this.approval = approval;
		this.enterprises = enterprises;
		this.actors = actors;
		this.boards = boards;
		this.applications = applications;
		this.control = control;
		this.meetings = meetings;
		this.members = members;
		this.voting = voting;
		this.decisions = decisions;
		this.banks = banks;
		this.bank = bank;
		this.loanControl = loanControl;
		this.loans = loans;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Creates what is missing; returns (label, e-mail, hint) of the applicants. */
	List<String[]> load(String password) {
		if (!this.enterprises.exists(READY_TAX_NUMBER)) {
			this.transaction.executeWithoutResult(status -> {
				Long enterprise = this.enterprises.qualifyingOwnedBy(READY_TAX_NUMBER,
						"Selçuklu Hassas Metal Kalıp Sanayi ve Ticaret A.Ş.",
						"Konya OSB 2. Kısım, Ahmet Ağaoğlu Cad. No: 8 Selçuklu/Konya", READY_EMAIL, "Hüseyin Çınar",
						"31415926562", password);
				readyForBoard(READY_EMAIL, enterprise);
			});
		}
		if (!this.enterprises.exists(ACCEPTED_TAX_NUMBER)) {
			this.transaction.executeWithoutResult(status -> {
				Long enterprise = this.enterprises.qualifyingOwnedBy(ACCEPTED_TAX_NUMBER,
						"Karatay Otomotiv Yan Sanayi ve Ticaret A.Ş.", "Büsan OSB, Kosgeb Cad. No: 21 Karatay/Konya",
						ACCEPTED_EMAIL, "Ayşe Karaca", "27182818254", password);
				Long application = readyForBoard(ACCEPTED_EMAIL, enterprise);
				// the programme started about six months ago (MADDE 6(5)): the decision
				// is
				// taken today and its row backdated, as the loan test fixtures do
				LocalDate registry = today().minusMonths(6);
				decide(application, VoteDecision.ACCEPT,
						"Dijital dönüşüm yol haritası ve kalemlerin maliyeti uygun (MADDE 10(3)).", registry);
			});
		}
		this.transaction.executeWithoutResult(status -> disburseLoan(ACCEPTED_TAX_NUMBER));
		if (!this.enterprises.exists(REJECTED_TAX_NUMBER)) {
			this.transaction.executeWithoutResult(status -> {
				Long enterprise = this.enterprises.qualifyingOwnedBy(REJECTED_TAX_NUMBER,
						"Meram Tarım Makinaları Sanayi ve Ticaret A.Ş.",
						"Meram Küçük Sanayi Sitesi, 3. Blok No: 14 Meram/Konya", REJECTED_EMAIL, "Osman Tekin",
						"16180339854", password);
				Long application = readyForBoard(REJECTED_EMAIL, enterprise);
				decide(application, VoteDecision.REJECT,
						"Talep edilen kalemler olgunluk raporundaki önerilerle örtüşmüyor (MADDE 10(2)).", null);
			});
		}
		return List.of(
				new String[] { "APPLICANT (READY_FOR_BOARD)", READY_EMAIL,
						"kurul gündemine alınabilir (sekretarya: board-secretariat@demo.destek.gov.tr)" },
				new String[] { "APPLICANT (ACCEPTED, loan)", ACCEPTED_EMAIL, "1. dönem ödeme talebi yapılabilir" },
				new String[] { "APPLICANT (REJECTED)", REJECTED_EMAIL, "itiraz edilebilir" });
	}

	/**
	 * The applicant fills in and submits the form (MADDE 8, 16(1)); the unit manager
	 * gives it to the demo responsible staff member, who fills in the Başvuru Kontrol
	 * Tablosu and proposes it for the board; the unit manager approves (MADDE 9(1),(2)).
	 */
	private Long readyForBoard(String applicantEmail, Long enterpriseId) {
		String bankCode = this.banks.bankOf(officerId()).orElseGet(() -> this.banks.banks().get(0).code());
		Long id = this.actors.as(applicantEmail, applicant -> {
			KosgebApplication application = this.applications.startDraft(applicant);
			application = this.applications.saveReport(applicant, application.getVersion(),
					new MaturityReport("Konya Dijital Dönüşüm Danışmanlık A.Ş.", "DDR-2026-" + enterpriseId,
							today().minusMonths(1), null, "Seviye 2"));
			application = this.applications.choosePreferredBank(applicant, application.getVersion(), bankCode);
			application = this.applications.addExpenseItem(applicant, application.getVersion(),
					new ExpenseItemData(ExpenseKind.SOFTWARE, "ERP ve üretim planlama yazılımı (MES entegrasyonlu)", 1,
							new BigDecimal("2400000.00"), "Anadolu Yazılım Teknolojileri A.Ş.", "7345001128",
							"Öneri 3: ERP ve MES entegrasyonu", true));
			application = this.applications.addExpenseItem(applicant, application.getVersion(),
					new ExpenseItemData(ExpenseKind.HARDWARE, "Sunucu ve veri depolama donanımı", 1,
							new BigDecimal("900000.00"), "Konya Bilişim Donanım Ltd. Şti.", "2819004576",
							"Öneri 5: veri altyapısı", true));
			this.applications.uploadDocument(applicant, DocumentCategory.MATURITY_REPORT,
					DemoFile.pdf("olgunluk-raporu.pdf"));
			this.applications.uploadDocument(applicant, DocumentCategory.SUPPLIER_OFFERS,
					DemoFile.pdf("tedarikci-teklifleri.pdf"));
			return this.applications
				.submit(applicant, application.getVersion(), true, Commitment.VERSION, Locale.forLanguageTag("tr"))
				.getId();
		});
		DestekUser staff = this.actors.user(DemoData.RESPONSIBLE_STAFF);
		this.actors.as(DemoData.UNIT_MANAGER, manager -> {
			this.control.assign(manager, id, version(id), staff.getId());
			return null;
		});
		this.actors.as(DemoData.RESPONSIBLE_STAFF, expert -> {
			Map<String, ControlReview.Answer> answers = new LinkedHashMap<>();
			ControlChecklist.items()
				.forEach(item -> answers.put(item.code(), new ControlReview.Answer(CheckResult.CONFORMS, null)));
			this.review.saveChecks(expert, id, answers);
			this.review.propose(expert, id, version(id), ControlProposal.APPROVE_FOR_BOARD,
					"Başvuru Kontrol Tablosu uygun, kurula sunulabilir.", null);
			return null;
		});
		this.actors.as(DemoData.UNIT_MANAGER, manager -> {
			this.approval.approve(manager, id, version(id));
			return null;
		});
		return id;
	}

	/**
	 * The demo board takes the application: the secretariat schedules the first day the
	 * agenda lead time allows (MADDE 12(1)), puts it on the agenda and sends it; each
	 * member signs FRM.34.00.04 and votes (MADDE 12(6)); the secretariat prepares the
	 * Kurul Karar Formu, the members e-approve it and it is registered (MADDE 12(9)). The
	 * meeting row is then moved to the day before the registration (today for a
	 * registration today), and with {@code registryDate} the registered decision too.
	 */
	private void decide(Long applicationId, VoteDecision vote, String reason, LocalDate registryDate) {
		Board board = this.boards.board();
		List<String> seats = board.activeSeats()
			.stream()
			.map(BoardSeat::getUserId)
			.map(id -> DemoBoards.BOARD_MEMBERS.stream()
				.filter(email -> this.actors.user(email).getId().equals(id))
				.findFirst()
				.orElseThrow())
			.toList();
		Long meetingId = asSecretariat(secretariat -> {
			LocalDate day = this.meetings.earliestMeetingDate(BoardKind.BOARD);
			Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL,
					"KOSGEB Konya Müdürlüğü toplantı salonu", null, day.atTime(LocalTime.of(10, 0)));
			this.meetings.addApplication(meeting.getId(), applicationId);
			return this.meetings.sendAgenda(meeting.getId()).getId();
		});
		Long itemId = this.meetings.find(meetingId).getItems().get(0).getId();
		Map<String, Integer> scores = this.voting.criteria()
			.stream()
			.collect(Collectors.toMap(Criterion::getCode, c -> (vote == VoteDecision.ACCEPT) ? 4 : 2));
		Map<Long, BigDecimal> amounts = (vote == VoteDecision.ACCEPT) ? this.applications.find(applicationId)
			.getExpenseItems()
			.stream()
			.collect(Collectors.toMap(ExpenseItem::getId, ExpenseItem::total)) : Map.of();
		for (String email : seats) {
			this.actors.as(email, member -> {
				this.members.sign(meetingId, member.getId());
				return this.voting.cast(meetingId, itemId, member.getId(), new Ballot(vote, reason, scores, amounts));
			});
		}
		Long decisionId = asSecretariat(secretariat -> this.decisions.prepare(meetingId, itemId).getId());
		for (String email : seats) {
			this.actors.as(email, member -> this.decisions.approve(decisionId, member.getId()));
		}
		Decision registered = asSecretariat(secretariat -> this.decisions.register(decisionId));
		LocalDate held = (registryDate != null) ? registryDate.minusDays(1) : today();
		this.jdbc.sql("update board_meeting set starts_at = ? where id = ?")
			.params(java.sql.Timestamp.from(held.atTime(LocalTime.of(10, 0)).atZone(DestekTime.ZONE).toInstant()),
					meetingId)
			.update();
		if (registryDate != null) {
			// demo-only backdating, as LoanFixtures does: the programme then starts on
			// the
			// registry date (MADDE 6(5)); monitoring reads it after this commit
			this.jdbc.sql("update board_decision set registry_date = ?, registered_at = ? where id = ?")
				.params(registryDate,
						java.sql.Timestamp
							.from(registryDate.atTime(LocalTime.of(16, 0)).atZone(DestekTime.ZONE).toInstant()),
						registered.getId())
				.update();
		}
	}

	/**
	 * The demo bank officer opens the loan application of the accepted application,
	 * uploads the expense documents and allocates the whole support base over the
	 * approved items; the unit manager approves (MADDE 14); the bank records the
	 * disbursement about four months ago, so the first quarterly installment is due and
	 * the applicant can request its payment (MADDE 15(1)). Runs once: skipped when the
	 * application has a disbursed loan.
	 */
	private void disburseLoan(String taxNumber) {
		Long applicationId = this.applications.findForEnterprise(this.enterprises.id(taxNumber))
			.map(KosgebApplication::getId)
			.orElseThrow();
		if (!this.loans.disbursedFor(applicationId).isEmpty()) {
			return;
		}
		Loan allocated = this.actors.as(DemoBankOfficer.EMAIL, officer -> {
			String bankCode = this.banks.bankOf(officer.getId()).orElseThrow();
			AcceptedApplication accepted = this.bank.acceptedApplication(bankCode, applicationId);
			Loan loan = this.bank.createLoanApplication(bankCode, applicationId, "KR-DEMO-" + applicationId);
			this.bank.uploadDocument(bankCode, loan.getId(), "fatura-grubu.pdf", DemoFile.pdf("x").content());
			Map<Long, BigDecimal> items = accepted.items()
				.stream()
				.collect(Collectors.toMap(ApprovedItem::expenseItemId, ApprovedItem::accepted, (a, b) -> a,
						LinkedHashMap::new));
			return this.bank.allocate(bankCode, loan.getId(), null,
					new AllocationCommand(accepted.supportBase(), "TRY", items));
		});
		this.actors.as(DemoData.UNIT_MANAGER, manager -> this.loanControl.approve(manager, allocated.getId(), null));
		this.actors.as(DemoBankOfficer.EMAIL,
				officer -> this.bank.disburse(allocated.getBankCode(), allocated.getId(), null,
						new DisbursementCommand(allocated.getAllocatedAmount(), "TRY", today().minusMonths(4),
								LOAN_TERM_MONTHS, 0, new BigDecimal("45.00"))));
	}

	private <T> T asSecretariat(Function<DestekUser, T> step) {
		return this.actors.as(DemoData.SECRETARIAT, step);
	}

	private long version(Long applicationId) {
		return this.applications.find(applicationId).getVersion();
	}

	private Long officerId() {
		return this.actors.user(DemoBankOfficer.EMAIL).getId();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(DestekTime.ZONE));
	}

}
