package tr.destek.security;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import tr.destek.board.AppealDecision;
import tr.destek.board.AppealFixtures;
import tr.destek.board.Board;
import tr.destek.board.BoardFixtures;
import tr.destek.board.Decision;
import tr.destek.board.MeetingRecording;
import tr.destek.board.MeetingRecordings;
import tr.destek.board.VoteDecision;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.appeal.Appeal;
import tr.destek.appeal.AppealService;
import tr.destek.kosgeb.KosgebAppeals;
import tr.destek.kosgeb.ApplicationControlService;
import tr.destek.kosgeb.ControlApproval;
import tr.destek.kosgeb.ControlReview;
import tr.destek.kosgeb.ApplicationPart;
import tr.destek.kosgeb.Commitment;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.ControlProposal;
import tr.destek.kosgeb.DocumentCategory;
import tr.destek.kosgeb.ExpenseItemData;
import tr.destek.kosgeb.ExpenseKind;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.kosgeb.MaturityReport;
import tr.destek.loan.BankApiKeys;
import tr.destek.loan.BankDirectory;
import tr.destek.loan.LoanFixtures;
import tr.destek.monitoring.MonitoringService;
import tr.destek.monitoring.MonitoringVisits;
import tr.destek.payment.PaymentFixtures;
import tr.destek.payment.PaymentRequest;
import tr.destek.payment.PaymentService;
import tr.destek.platform.DestekTime;

/**
 * One complete "world" for the isolation sweep: a province unit with its expert and unit
 * manager, a protocol bank with its officer and API key, a KOSGEB board and an appeal
 * commission with their own members, and enterprises with applications at every stage — a
 * draft, one opened for correction, one in control, one on a sent agenda, one rejected by
 * the board and appealed to the commission (decided there), one accepted with a loan
 * reported by the bank, a payment approved after an inspection and the next quarter's
 * request in draft, and one whose monitoring case was sampled and visited. Everything
 * goes through the services and the shared fixtures of the modules' tests, as the users
 * who take each step; SQL only moves time (a meeting held in the past), as the fixtures
 * do.
 * <p>
 * {@link #targets} lists, per kind of object, the ids of this world the sweep attacks,
 * each with the applicant who owns it (an actor name) where an applicant does.
 */
final class IsolationWorld {

	/** One object (or a parent and its children) the sweep attacks. */
	record Target(List<String> ids, String applicant) {

		Target(String applicant, Object... ids) {
			this(java.util.Arrays.stream(ids).map(String::valueOf).toList(), applicant);
		}

	}

	final String name;

	final int province;

	final String bankCode;

	/** actor name → principal (applicants, unit staff, bank officer, board members) */
	final Map<String, DestekUser> actors = new LinkedHashMap<>();

	String apiKey;

	final Map<SweepKind, List<Target>> targets = new LinkedHashMap<>();

	private IsolationWorld(String name, int province, String bankCode) {
		this.name = name;
		this.province = province;
		this.bankCode = bankCode;
	}

	String actor(String role) {
		return this.name + "." + role;
	}

	void add(SweepKind kind, Target target) {
		if (target.ids().size() != kind.arity) {
			throw new IllegalArgumentException(kind + " takes " + kind.arity + " ids: " + target);
		}
		this.targets.computeIfAbsent(kind, k -> new ArrayList<>()).add(target);
	}

	/** Builds a world; run inside a secretariat security context. */
	static IsolationWorld build(ApplicationContext context, String name, int province, String bankCode) {
		IsolationWorld world = new IsolationWorld(name, province, bankCode);
		new Builder(context, world).build();
		return world;
	}

	private static final class Builder {

		final IsolationWorld world;

		final ControlFixtures control;

		final BoardFixtures boardFixtures;

		final AppealFixtures appealFixtures;

		final LoanFixtures loans;

		final PaymentFixtures payments;

		final MonitoringVisits visits;

		final EnterpriseService enterprises;

		final UserAccountService users;

		final UserDetailsService userDetails;

		final KosgebApplicationService applications;

		final ApplicationControlService controlService;

		final ControlReview controlReview;

		final ControlApproval controlApproval;

		final AppealService appeals;

		final KosgebAppeals kosgebAppeals;

		final PaymentService paymentService;

		final MonitoringService monitoring;

		final MeetingRecordings recordings;

		final BankDirectory banks;

		final BankApiKeys keys;

		final JdbcTemplate jdbc;

		final TransactionTemplate tx;

		final Clock clock;

		Builder(ApplicationContext context, IsolationWorld world) {
			this.world = world;
			this.control = ControlFixtures.from(context);
			this.boardFixtures = new BoardFixtures(context);
			this.appealFixtures = new AppealFixtures(context);
			this.loans = LoanFixtures.from(context);
			this.payments = new PaymentFixtures(context);
			this.visits = new MonitoringVisits(context);
			this.enterprises = context.getBean(EnterpriseService.class);
			this.users = context.getBean(UserAccountService.class);
			this.userDetails = context.getBean(UserDetailsService.class);
			this.applications = context.getBean(KosgebApplicationService.class);
			this.controlService = context.getBean(ApplicationControlService.class);
			this.controlReview = context.getBean(ControlReview.class);
			this.controlApproval = context.getBean(ControlApproval.class);
			this.appeals = context.getBean(AppealService.class);
			this.kosgebAppeals = context.getBean(KosgebAppeals.class);
			this.paymentService = context.getBean(PaymentService.class);
			this.monitoring = context.getBean(MonitoringService.class);
			this.recordings = context.getBean(MeetingRecordings.class);
			this.banks = context.getBean(BankDirectory.class);
			this.keys = context.getBean(BankApiKeys.class);
			this.jdbc = context.getBean(JdbcTemplate.class);
			this.tx = context.getBean(TransactionTemplate.class);
			this.clock = context.getBean(Clock.class);
		}

		DestekUser principal(String email) {
			return (DestekUser) this.userDetails.loadUserByUsername(email);
		}

		DestekUser principal(UserAccount account) {
			return this.control.principal(account);
		}

		String mail(String role) {
			return "sweep-" + this.world.name.toLowerCase(Locale.ROOT) + "-" + role + "-" + UUID.randomUUID()
					+ "@izolasyon.test";
		}

		void build() {
			IsolationWorld w = this.world;
			int p = w.province;
			// the province unit (MADDE 9) and the bank (MADDE 14)
			DestekUser expert = principal(
					this.control.staff(Role.RESPONSIBLE_STAFF, p, mail("uzman"), "Uzman " + w.name));
			DestekUser manager = principal(this.control.staff(Role.UNIT_MANAGER, p, mail("mudur"), "Müdür " + w.name));
			UserAccount officer = this.users.createStaffWithPassword(mail("banka"), "Banka " + w.name,
					EnumSet.of(Role.BANK_OFFICER), ControlFixtures.PASSWORD);
			this.banks.assign(officer.getId(), w.bankCode);
			w.actors.put(w.actor("expert"), expert);
			w.actors.put(w.actor("manager"), manager);
			w.actors.put(w.actor("bankOfficer"), principal(officer));
			BankApiKeys.IssuedKey key = this.keys.issue(w.bankCode, "Süpürme " + w.name);
			w.apiKey = key.key();
			Long keyId = key.id();
			w.add(SweepKind.BANK_KEY, new Target(null, keyId));
			w.add(SweepKind.STAFF_USER, new Target(null, expert.getId()));

			// the world's board and appeal commission, each with its own members
			Board board = this.boardFixtures.board();
			Board commission = this.appealFixtures.commission();
			Long boardMember = AppealFixtures.seats(board).get(0);
			Long commissionMember = AppealFixtures.seats(commission).get(0);
			w.actors.put(w.actor("boardMember"), principal(this.users.find(boardMember).orElseThrow()));
			w.actors.put(w.actor("commissionMember"), principal(this.users.find(commissionMember).orElseThrow()));
			w.add(SweepKind.BOARD, new Target(null, board.getId()));

			// a draft with an expense item, a document and a declared owner
			String draftEmail = KosgebApplicants.qualifying(this.enterprises, (short) p);
			DestekUser draftApplicant = principal(draftEmail);
			w.actors.put(w.actor("draftApplicant"), draftApplicant);
			KosgebApplication draft = filledDraft(draftApplicant);
			Long draftDocument = this.applications
				.uploadDocument(draftApplicant, DocumentCategory.MATURITY_REPORT, pdf("olgunluk.pdf"))
				.id();
			w.add(SweepKind.EXPENSE_ITEM, new Target(w.actor("draftApplicant"),
					this.applications.find(draft.getId()).getExpenseItems().get(0).getId()));
			w.add(SweepKind.DRAFT_DOCUMENT, new Target(w.actor("draftApplicant"), draftDocument));
			Long person = this.jdbc.queryForObject("select min(id) from enterprise_person where enterprise_id = ?",
					Long.class, draftApplicant.getEnterpriseId());
			w.add(SweepKind.PERSON, new Target(w.actor("draftApplicant"), person));

			// submitted through the form, controlled and opened for correction (MADDE
			// 9(3))
			String correctionEmail = KosgebApplicants.qualifying(this.enterprises, (short) p);
			DestekUser correctionApplicant = principal(correctionEmail);
			w.actors.put(w.actor("correctionApplicant"), correctionApplicant);
			Long corrected = submitted(correctionApplicant, manager, expert);
			this.controlReview.propose(expert, corrected, version(corrected), ControlProposal.REQUEST_CORRECTION,
					"Tedarikçi teklifindeki birim fiyatı düzeltin.", EnumSet.of(ApplicationPart.EXPENSE_ITEMS));
			this.controlApproval.approve(manager, corrected, version(corrected));
			Long submittedDocument = this.applications.documents(corrected).get(0).id();
			w.add(SweepKind.SUBMITTED_DOCUMENT, new Target(w.actor("correctionApplicant"), submittedDocument));

			// in control: submitted and assigned round-robin after the commit
			Long inControl = this.control.submitted(p, "Süpürme Kontrolde " + w.name + " " + UUID.randomUUID());

			// on a sent agenda of the world's board, every member signed (MADDE
			// 12(1),(6))
			Long onAgenda = this.control.readyForBoard(p, "Süpürme Gündemde " + w.name + " " + UUID.randomUUID());
			AppealFixtures.OnAgenda agenda = this.appealFixtures.onAgenda(board, onAgenda);
			w.add(SweepKind.MEETING, new Target(null, agenda.meetingId()));
			w.add(SweepKind.MEETING_ITEM, new Target(null, agenda.meetingId(), agenda.item().getId()));
			w.add(SweepKind.MEETING_MEMBER, new Target(null, agenda.meetingId(), boardMember));

			// rejected by the board (registered), appealed, forwarded, decided by the
			// commission (MADDE 12(9), 13)
			Long rejected = this.control.readyForBoard(p, "Süpürme İtirazcı " + w.name + " " + UUID.randomUUID());
			UserAccount appealAccount = this.users.createApplicant(this.applications.find(rejected).getEnterpriseId(),
					mail("itiraz"), "İtiraz Eden " + w.name, ControlFixtures.PASSWORD);
			DestekUser appealApplicant = principal(appealAccount);
			w.actors.put(w.actor("appealApplicant"), appealApplicant);
			Decision decision = this.appealFixtures.boardDecides(board, rejected, VoteDecision.REJECT,
					VoteDecision.REJECT, VoteDecision.ACCEPT);
			Long rejectingMeeting = decision.getMeetingId();
			held(rejectingMeeting);
			MeetingRecording recording = this.recordings.attach(rejectingMeeting,
					new MockMultipartFile("file", "toplanti.mp4", "video/mp4", mp4()));
			w.add(SweepKind.MEETING, new Target(null, rejectingMeeting));
			w.add(SweepKind.DECISION, new Target(w.actor("appealApplicant"), decision.getId()));
			w.add(SweepKind.MEETING_RECORDING, new Target(null, rejectingMeeting, recording.id()));
			Appeal appeal = this.kosgebAppeals.submit(appealApplicant, version(rejected),
					"Kurul, yol haritası raporundaki önerilerle uyumu yanlış değerlendirdi; teknik yazı ekte.",
					List.of(new MockMultipartFile("documents", "teknik-yazi.pdf", "application/pdf",
							KosgebApplicants.pdf())));
			Long appealDocument = this.appeals.documents(appeal.getId()).get(0).id();
			appeal = this.appeals.forward(manager, appeal.getId(), appeal.getVersion(),
					"Birim görüşü: gerekçeler incelenmeli.");
			w.add(SweepKind.APPEAL, new Target(w.actor("appealApplicant"), appeal.getId()));
			w.add(SweepKind.APPEAL_DOCUMENT, new Target(w.actor("appealApplicant"), appealDocument));
			w.add(SweepKind.APPEAL_WITH_DOCUMENT, new Target(null, appeal.getId(), appealDocument));
			AppealFixtures.OnAgenda appealAgenda = this.appealFixtures.onAgenda(commission, rejected);
			AppealDecision appealDecision = this.appealFixtures.commissionDecides(commission, appealAgenda,
					VoteDecision.REJECT, VoteDecision.REJECT, VoteDecision.ACCEPT);
			w.add(SweepKind.APPEAL_MEETING, new Target(null, appealAgenda.meetingId()));
			w.add(SweepKind.APPEAL_MEETING_ITEM,
					new Target(null, appealAgenda.meetingId(), appealAgenda.item().getId()));
			w.add(SweepKind.APPEAL_ITEM_DOCUMENT,
					new Target(null, appealAgenda.meetingId(), appealAgenda.item().getId(), appealDocument));
			w.add(SweepKind.APPEAL_ITEM_RECORDING,
					new Target(null, appealAgenda.meetingId(), appealAgenda.item().getId(), recording.id()));
			w.add(SweepKind.APPEAL_DECISION, new Target(null, appealDecision.getId()));

			// accepted, the loan reported and disbursed by the world's bank, an
			// inspection and an approved payment for quarter 1, quarter 2 in draft
			// (MADDE 14, 15)
			PaymentFixtures.Case accepted = this.payments.acceptedWithLoan(p, w.bankCode);
			w.actors.put(w.actor("acceptedApplicant"), accepted.applicant());
			String acceptedApplicant = w.actor("acceptedApplicant");
			PaymentRequest first = this.payments.prepared(accepted, 1, false, "0", "0", "0");
			this.paymentService.approve(accepted.manager(), first.getId(), first.getVersion());
			PaymentRequest second = this.payments.completeDraft(accepted, 2);
			Long loan = accepted.loan().loanId();
			Long loanDocument = this.jdbc.queryForObject(
					"select min(id) from document where owner_type = 'Loan' and owner_id = ?", Long.class,
					String.valueOf(loan));
			w.add(SweepKind.LOAN, new Target(null, loan));
			w.add(SweepKind.LOAN_DOCUMENT, new Target(null, loan, loanDocument));
			w.add(SweepKind.ACCEPTED_APPLICATION, new Target(acceptedApplicant, accepted.applicationId()));
			w.add(SweepKind.ENTERPRISE, new Target(acceptedApplicant, accepted.loan().enterpriseId()));
			w.add(SweepKind.PAYMENT_REQUEST, new Target(acceptedApplicant, first.getId()));
			w.add(SweepKind.PAYMENT_REQUEST, new Target(acceptedApplicant, second.getId()));
			Long invoice = this.jdbc.queryForObject("select min(id) from payment_invoice where request_id = ?",
					Long.class, second.getId());
			w.add(SweepKind.REQUEST_INVOICE, new Target(acceptedApplicant, second.getId(), invoice));
			for (Long request : List.of(first.getId(), second.getId())) {
				w.add(SweepKind.PAYMENT_DOCUMENT,
						new Target(acceptedApplicant,
								this.jdbc.queryForObject(
										"select min(id) from document where owner_type = ? and owner_id = ?",
										Long.class, PaymentRequest.DOCUMENT_OWNER, String.valueOf(request))));
			}
			Long inspection = this.jdbc.queryForObject(
					"select max(id) from payment_inspection where application_id = ?", Long.class,
					accepted.applicationId());
			w.add(SweepKind.INSPECTION, new Target(null, inspection));
			this.monitoring.open(accepted.applicationId());

			// monitoring: programme ended, one year after the last maturity, drawn and
			// visited (MADDE 17(1)); the programme started 26 months ago
			LocalDate today = LocalDate.now(this.clock.withZone(DestekTime.ZONE));
			Long monitored = this.loans.acceptedApplication(p, "Süpürme İzleme " + w.name + " " + UUID.randomUUID(),
					w.bankCode, today.minusMonths(26));
			this.monitoring.open(monitored);
			this.loans.disbursedLoan(monitored, new BigDecimal("2000000.00"), today.minusMonths(23), 3, 0);
			Long monitoringCase = this.monitoring.forApplication(monitored).orElseThrow().getId();
			Long visit = this.visits.sampledAndVisited(monitoringCase, expert).getId();
			w.add(SweepKind.MONITORING_CASE, new Target(null, monitoringCase));
			w.add(SweepKind.MONITORING_CASE,
					new Target(null, this.monitoring.forApplication(accepted.applicationId()).orElseThrow().getId()));
			w.add(SweepKind.CASE_VISIT, new Target(null, monitoringCase, visit));

			// every application of the world, at each stage
			for (Long application : List.of(corrected, inControl, onAgenda, rejected, accepted.applicationId(),
					draft.getId())) {
				w.add(SweepKind.APPLICATION, new Target(null, application));
			}
			w.add(SweepKind.READY_APPLICATION, new Target(null,
					this.control.readyForBoard(p, "Süpürme Hazır " + w.name + " " + UUID.randomUUID())));
		}

		/** The notifications are written after the commits: read once they are there. */
		void notifications() {
			IsolationWorld w = this.world;
			DestekUser applicant = w.actors.get(w.actor("appealApplicant"));
			Long notification = this.jdbc.queryForObject("select min(id) from notification where recipient_id = ?",
					Long.class, applicant.getId());
			if (notification == null) {
				throw new IllegalStateException("no notification for " + applicant.getUsername());
			}
			w.add(SweepKind.NOTIFICATION, new Target(w.actor("appealApplicant"), notification));
		}

		KosgebApplication filledDraft(DestekUser applicant) {
			KosgebApplication application = this.applications.startDraft(applicant);
			application = this.applications.saveReport(applicant, application.getVersion(),
					new MaturityReport("Dijital Dönüşüm Danışmanlık A.Ş.",
							"DDR-S-" + UUID.randomUUID().toString().substring(0, 8),
							LocalDate.now(DestekTime.ZONE).minusMonths(1), null, "Seviye 2"));
			application = this.applications.choosePreferredBank(applicant, application.getVersion(),
					this.world.bankCode);
			return this.applications.addExpenseItem(applicant, application.getVersion(),
					new ExpenseItemData(ExpenseKind.SOFTWARE, "ERP ve üretim planlama yazılımı", 1,
							new BigDecimal("1500000.00"), "Anadolu Yazılım A.Ş.", "7345001128", "Öneri 3: ERP", true));
		}

		/**
		 * The applicant fills in and submits the form (MADDE 8); the manager assigns it
		 * to the world's expert in the same transaction, as the demo does.
		 */
		Long submitted(DestekUser applicant, DestekUser manager, DestekUser expert) {
			return this.tx.execute(status -> {
				KosgebApplication application = filledDraft(applicant);
				this.applications.uploadDocument(applicant, DocumentCategory.MATURITY_REPORT, pdf("olgunluk.pdf"));
				this.applications.uploadDocument(applicant, DocumentCategory.SUPPLIER_OFFERS, pdf("teklifler.pdf"));
				Long id = this.applications
					.submit(applicant, version(application.getId()), true, Commitment.VERSION,
							Locale.forLanguageTag("tr"))
					.getId();
				this.controlService.assign(manager, id, version(id), expert.getId());
				return id;
			});
		}

		long version(Long applicationId) {
			return this.applications.find(applicationId).getVersion();
		}

		/** Moves the meeting three hours into the past: it was held (MADDE 12(12)). */
		void held(Long meetingId) {
			this.jdbc.update("update board_meeting set starts_at = ? where id = ?",
					Timestamp.from(Instant.now(this.clock).minus(Duration.ofHours(3))), meetingId);
		}

	}

	/** Reads the notifications written after the commits of {@link #build}. */
	void readNotifications(ApplicationContext context) {
		new Builder(context, this).notifications();
	}

	static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf", KosgebApplicants.pdf());
	}

	static byte[] mp4() {
		byte[] bytes = new byte[64];
		byte[] head = "\0\0\0\u0018ftypisom".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

}
