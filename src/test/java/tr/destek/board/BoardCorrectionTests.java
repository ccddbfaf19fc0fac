package tr.destek.board;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.audit.AuditTrail;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.ApplicationPart;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.BoardCorrectionExpiryJob;
import tr.destek.kosgeb.BoardCorrectionService;
import tr.destek.kosgeb.Commitment;
import tr.destek.kosgeb.DocumentCategory;
import tr.destek.kosgeb.ExpenseItem;
import tr.destek.kosgeb.ExpenseItemData;
import tr.destek.kosgeb.IllegalTransitionException;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.notification.NotificationInbox;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The correction the board asks for (MADDE 10(5)): 7 days to correct the form and its
 * attachments and approve it again; it then returns to an agenda; otherwise the system
 * rejects it.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class BoardCorrectionTests {

	static final short PROVINCE = 43;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	BoardCorrectionService corrections;

	@Autowired
	BoardCorrectionExpiryJob expiryJob;

	@Autowired
	MeetingService meetings;

	@Autowired
	DecisionService decisions;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	Clock clock;

	BoardPath path;

	@BeforeEach
	void setUp() {
		this.path = new BoardPath(this.context);
	}

	/** A qualifying enterprise's application, sent back by the board for correction. */
	Correction inBoardCorrection() {
		DestekUser applicant = (DestekUser) this.userDetails
			.loadUserByUsername(KosgebApplicants.qualifying(this.enterprises, PROVINCE));
		Long id = this.path.fixtures.control.readyForBoard(applicant.getEnterpriseId(), PROVINCE);
		BoardPath.Run run = this.path.decided(id, VoteDecision.REQUEST_CORRECTION, VoteDecision.REQUEST_CORRECTION,
				VoteDecision.ACCEPT);
		return new Correction(applicant, id, run);
	}

	record Correction(DestekUser applicant, Long id, BoardPath.Run run) {
	}

	@Test
	void madde10_5_theApplicantCorrectsTheFormAndItsAttachmentsApprovesAgainAndTheFileReturnsToAnAgenda()
			throws Exception {
		Correction c = inBoardCorrection();
		KosgebApplication application = this.applications.find(c.id());
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.BOARD_CORRECTION_REQUESTED);
		// "başvuru formu ve ekleri": every part is open
		assertThat(application.openParts()).isEqualTo(EnumSet.allOf(ApplicationPart.class));
		assertThat(application.getProposalNote()).contains("Üye 1 gerekçesi").doesNotContain("Üye 3 gerekçesi");

		ExpenseItem item = application.getExpenseItems().get(0);
		KosgebApplication changed = this.applications.updateExpenseItem(c.applicant(), application.getVersion(),
				item.getId(), new ExpenseItemData(item.getKind(), "ERP yazılımı ve kurulum", 2,
						new BigDecimal("550000.00"), "Yazılım A.Ş.", "1234567890", "Öneri 3: ERP", true));
		changed = this.applications.choosePreferredBank(c.applicant(), changed.getVersion(),
				this.applications.protocolBanks().get(0).code());
		for (DocumentCategory category : List.of(DocumentCategory.MATURITY_REPORT, DocumentCategory.SUPPLIER_OFFERS)) {
			this.applications.uploadDocument(c.applicant(), category, new MockMultipartFile("file",
					category.name().toLowerCase(Locale.ROOT) + ".pdf", "application/pdf", KosgebApplicants.pdf()));
		}
		long version = changed.getVersion();
		assertThatThrownBy(() -> this.corrections.resubmit(c.applicant(), version, false, Commitment.VERSION,
				Locale.forLanguageTag("tr")))
			.isInstanceOf(tr.destek.kosgeb.CommitmentNotApprovedException.class);

		// through the applicant's submit page (MADDE 10(5): approved again in the system)
		this.mvc
			.perform(post("/kosgeb/application/submit").with(user(c.applicant()))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("commitmentVersion", Commitment.VERSION)
				.param("approved", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccessKey", "kosgeb.board-correction.resubmitted"));
		KosgebApplication resubmitted = this.applications.find(c.id());

		assertThat(resubmitted.getStatus()).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
		assertThat(resubmitted.openParts()).isEmpty();
		assertThat(resubmitted.getCorrectionDeadline()).isNull();
		assertThat(resubmitted.requestedAmount()).isEqualByComparingTo("1100000");
		assertThat(this.audit.history("KosgebApplication", c.id()))
			.anyMatch(e -> e.getAction().equals("KOSGEB_BOARD_CORRECTION_RESUBMITTED"));
		assertThat(this.applications.readyForBoard()).extracting(KosgebApplication::getId).contains(c.id());
		assertThat(this.decisions.returningAfterCorrection(List.of(c.id()))).containsExactly(c.id());
		// it goes on a new agenda like any application ready for the board
		Meeting next = this.meetings.schedule(c.run().board().getId(), MeetingFormat.PHYSICAL, "Ankara", null,
				LocalDate.now(DestekTime.ZONE).plusDays(20).atTime(LocalTime.of(10, 0)));
		this.meetings.addApplication(next.getId(), c.id());
		this.meetings.sendAgenda(next.getId());
		assertThat(this.applications.find(c.id()).getStatus()).isEqualTo(ApplicationStatus.ON_AGENDA);
	}

	@Test
	void madde10_5_theSecretariatSeesThatTheApplicationReturnsAfterABoardCorrection() throws Exception {
		Correction c = inBoardCorrection();
		this.jdbc.update("update kosgeb_application set status = 'READY_FOR_BOARD' where id = ?", c.id());
		Meeting next = this.meetings.schedule(c.run().board().getId(), MeetingFormat.PHYSICAL, "Ankara", null,
				LocalDate.now(DestekTime.ZONE).plusDays(20).atTime(LocalTime.of(10, 0)));
		this.mvc.perform(get("/board/secretariat/meetings/" + next.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"returning-" + c.id() + "\"")))
			.andExpect(content().string(containsString("Kurul düzeltmesinden dönüyor (MADDE 10(5))")));
	}

	@Test
	void madde10_5_theApplicantSeesTheBoardsReasonsAndTheDeadline() throws Exception {
		Correction c = inBoardCorrection();
		this.mvc.perform(get("/kosgeb/application").with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kurul düzeltme talep etti (MADDE 10(5))")))
			.andExpect(content().string(containsString("Üye 1 gerekçesi")))
			.andExpect(content().string(containsString("id=\"countdown\"")))
			.andExpect(content().string(containsString("id=\"continue-edit\"")));
	}

	@Test
	void madde10_5_aCorrectionNotApprovedByTheDeadlineIsRejectedBySystemOnceEvenWithTwoSchedulersRacing()
			throws Exception {
		Correction late = inBoardCorrection();
		Correction inTime = inBoardCorrection();
		this.jdbc.update("update kosgeb_application set correction_deadline = ? where id = ?",
				Timestamp.from(Instant.now(this.clock).minus(Duration.ofMinutes(5))), late.id());
		KosgebApplication expired = this.applications.find(late.id());
		assertThatThrownBy(() -> this.corrections.resubmit(late.applicant(), expired.getVersion(), true,
				Commitment.VERSION, Locale.forLanguageTag("tr")))
			.isInstanceOf(IllegalTransitionException.class);

		waitForLockRelease("kosgeb-board-correction-expiry");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService schedulers = Executors.newFixedThreadPool(2);
		try {
			Future<?> a = schedulers.submit(() -> {
				start.await();
				this.expiryJob.rejectExpiredBoardCorrections();
				return null;
			});
			Future<?> b = schedulers.submit(() -> {
				start.await();
				this.expiryJob.rejectExpiredBoardCorrections();
				return null;
			});
			start.countDown();
			a.get(60, TimeUnit.SECONDS);
			b.get(60, TimeUnit.SECONDS);
		}
		finally {
			schedulers.shutdownNow();
		}
		KosgebApplication rejected = this.applications.find(late.id());
		assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(rejected.getRejectionReason()).isEqualTo(
				"Kurulun istediği düzeltme 7 gün içinde yapılıp onaylanmadığı için başvurunuz ret durumuna getirildi (MADDE 10(5)).");
		assertThat(this.audit.history("KosgebApplication", late.id()))
			.filteredOn(e -> e.getAction().equals("KOSGEB_BOARD_CORRECTION_EXPIRED"))
			.singleElement()
			.satisfies(e -> assertThat(e.getActor()).isEqualTo("system"));
		assertThat(this.inbox.page(late.applicant().getId(), PageRequest.of(0, 10), Locale.forLanguageTag("tr"))
			.getContent()).filteredOn(n -> n.subject().startsWith("Başvurunuz reddedildi"))
			.singleElement()
			.satisfies(n -> {
				assertThat(n.body()).contains(rejected.getReference()).contains("MADDE 10(5)");
			});
		assertThat(this.applications.find(inTime.id()).getStatus())
			.isEqualTo(ApplicationStatus.BOARD_CORRECTION_REQUESTED);
		// a later run does nothing more
		this.corrections.expiredBoardCorrections().forEach(this.corrections::expireBoardCorrection);
		assertThat(this.audit.history("KosgebApplication", late.id()))
			.filteredOn(e -> e.getAction().equals("KOSGEB_BOARD_CORRECTION_EXPIRED"))
			.hasSize(1);
	}

	private void waitForLockRelease(String name) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline && Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from shedlock where name = ? and lock_until > timezone('utc', now()))",
				Boolean.class, name))) {
			Thread.sleep(200);
		}
	}

}
