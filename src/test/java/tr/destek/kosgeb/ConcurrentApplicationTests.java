package tr.destek.kosgeb;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.appeal.Appeal;
import tr.destek.appeal.AppealService;
import tr.destek.board.AppealFixtures;
import tr.destek.board.Board;
import tr.destek.board.BoardFixtures;
import tr.destek.board.VoteDecision;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;
import tr.destek.support.Race;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * Issue 9, "must build" 2: the applicant's and the unit's "exactly once" acts raced from
 * two threads released at the same instant, through the pages — sending the application
 * (MADDE 16(1)), the staff member's proposal and the unit manager's approval of it (MADDE
 * 9(2)), the once-only appeal (MADDE 13(1)): exactly one effect, the other answer says
 * why (a 409 page or a flash message), never a 500.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class ConcurrentApplicationTests {

	/** Kocaeli: assigned to the concurrency tests. */
	static final int PROVINCE = 41;

	static final String APPEAL_REASONS = "Kurul, yazılımın yol haritası raporundaki önerilerle uyumunu yanlış "
			+ "değerlendirdi; ekteki teknik yazı bunu gösteriyor.";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UserAccountService users;

	@Autowired
	KosgebApplicationRepository repository;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	AppealService appeals;

	@Autowired
	KosgebAppeals kosgebAppeals;

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	long audited(String action, Long applicationId) {
		return count("select count(*) from audit_entry where action = ? and entity_type = ? and entity_id = ?", action,
				KosgebApplicationService.ENTITY, String.valueOf(applicationId));
	}

	long version(Long applicationId) {
		return this.repository.findById(applicationId).orElseThrow().getVersion();
	}

	static List<MvcResult> answers(List<Race.Outcome<MvcResult>> outcomes) {
		assertThat(Race.losers(outcomes)).as("no exception escapes the web layer").isEmpty();
		return outcomes.stream().map(Race.Outcome::value).toList();
	}

	/** Both redirected back; one with the success message, the other with a refusal. */
	static void oneSuccessOneRefusal(List<Race.Outcome<MvcResult>> outcomes) {
		List<MvcResult> answers = answers(outcomes);
		assertThat(answers).allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
		assertThat(answers).filteredOn(r -> r.getFlashMap().containsKey("flashSuccessKey")).hasSize(1);
		assertThat(answers)
			.filteredOn(r -> r.getFlashMap().containsKey("flashErrorKey") || r.getFlashMap().containsKey("flashError"))
			.hasSize(1);
	}

	// ------------------------------------------------------------- the applicant

	@Test
	void madde16_1_theApplicationSentTwiceAtTheSameInstantIsSentOnce() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises, (short) PROVINCE);
		RequestPostProcessor applicant = user(this.userDetails.loadUserByUsername(email));
		Long id = complete(applicant, email);
		long version = version(id);

		List<Race.Outcome<MvcResult>> outcomes = Race.twice(
				() -> this.mvc
					.perform(post("/kosgeb/application/submit").with(applicant)
						.with(csrf())
						.param("version", String.valueOf(version))
						.param("commitmentVersion", Commitment.VERSION)
						.param("approved", "true"))
					.andReturn());

		List<MvcResult> answers = answers(outcomes);
		assertThat(answers).extracting(r -> r.getResponse().getStatus()).containsExactlyInAnyOrder(302, 409);
		assertThat(audited("KOSGEB_APPLICATION_SUBMITTED", id)).isEqualTo(1);
		assertThat(count("select count(*) from notification n join user_account u on u.id = n.recipient_id "
				+ "where u.email = ? and n.message_key = 'kosgeb.notification.submitted'", email))
			.isEqualTo(1);
	}

	/** A draft with the report, one item, the bank and both required documents. */
	private Long complete(RequestPostProcessor applicant, String email) throws Exception {
		this.mvc.perform(post("/kosgeb/application/new").with(applicant).with(csrf()));
		Long enterpriseId = ((DestekUser) this.userDetails.loadUserByUsername(email)).getEnterpriseId();
		Long id = this.repository.findByEnterpriseId(enterpriseId).orElseThrow().getId();
		this.mvc
			.perform(post("/kosgeb/application/report").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("consultant", "Dijital Olgunluk Danışmanlık A.Ş.")
				.param("number", "DD-2026-241")
				.param("approvalDate", LocalDate.now(DestekTime.ZONE).minusMonths(3).toString())
				.param("maturityLevel", "3"))
			.andExpect(redirectedUrlPattern("/kosgeb/application/edit*"));
		this.mvc
			.perform(post("/kosgeb/application/items").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("kind", "MACHINE")
				.param("description", "CNC dik işleme merkezi")
				.param("quantity", "1")
				.param("unitPrice", "1.500.000,00")
				.param("supplierName", "Torna Makina Ltd. Şti.")
				.param("supplierTaxNumber", tr.destek.enterprise.Enterprises.randomVkn())
				.param("reportRecommendation", "Öneri 3: üretim hattında CNC otomasyonu")
				.param("confirmedNew", "true"))
			.andExpect(redirectedUrlPattern("/kosgeb/application/edit*"));
		this.mvc
			.perform(post("/kosgeb/application/bank").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("bankCode", "HALKBANK"))
			.andExpect(redirectedUrlPattern("/kosgeb/application/edit*"));
		for (String category : new String[] { "MATURITY_REPORT", "SUPPLIER_OFFERS" }) {
			this.mvc
				.perform(multipart("/kosgeb/application/documents")
					.file(new MockMultipartFile("file", category + ".pdf", "application/pdf", KosgebApplicants.pdf()))
					.param("category", category)
					.with(applicant)
					.with(csrf()))
				.andExpect(redirectedUrlPattern("/kosgeb/application/edit*"));
		}
		return id;
	}

	// ------------------------------------------------------------------ the unit

	@Test
	void madde9_2_theProposalAndItsApprovalSentTwiceAtTheSameInstantCountOnce() throws Exception {
		ControlFixtures fixtures = ControlFixtures.from(this.context);
		UserAccount manager = fixtures.staff(Role.UNIT_MANAGER, PROVINCE);
		fixtures.staff(Role.RESPONSIBLE_STAFF, PROVINCE);
		Long id = fixtures.submitted(PROVINCE, "Eşzamanlı Kontrol A.Ş.");
		Long staffId = fixtures.load(id).getAssignedStaffId();
		assertThat(staffId).isNotNull();
		DestekUser staff = fixtures.principal(this.users.find(staffId).orElseThrow());
		long proposedOn = version(id);

		List<Race.Outcome<MvcResult>> proposals = Race.twice(
				() -> this.mvc
					.perform(post("/kosgeb/control/{id}/proposal", id).with(user(staff))
						.with(csrf())
						.param("proposal", "REJECT")
						.param("note", "Başvuru kapsam dışı: NACE kodu uygun değil")
						.param("version", String.valueOf(proposedOn)))
					.andReturn());

		oneSuccessOneRefusal(proposals);
		assertThat(audited("KOSGEB_CONTROL_PROPOSED", id)).isEqualTo(1);
		assertThat(fixtures.load(id).getStatus()).isEqualTo(ApplicationStatus.CONTROL_APPROVAL);

		long approvedOn = version(id);
		List<Race.Outcome<MvcResult>> approvals = Race.twice(
				() -> this.mvc
					.perform(post("/kosgeb/control/{id}/approve", id).with(user(fixtures.principal(manager)))
						.with(csrf())
						.param("version", String.valueOf(approvedOn)))
					.andReturn());

		oneSuccessOneRefusal(approvals);
		assertThat(audited("KOSGEB_CONTROL_APPROVED", id)).isEqualTo(1);
		assertThat(fixtures.load(id).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
	}

	// --------------------------------------------------------------- the appeal

	@Test
	void madde13_1_anAppealSentTwiceAtTheSameInstantIsReceivedOnce() throws Exception {
		BoardFixtures boards = new BoardFixtures(this.context);
		AppealFixtures fixtures = new AppealFixtures(this.context);
		Board board = boards.board();
		Long id = ControlFixtures.from(this.context).readyForBoard(PROVINCE, "Eşzamanlı İtiraz A.Ş.");
		UserAccount account = this.users.createApplicant(this.applications.find(id).getEnterpriseId(),
				"esz-itiraz-" + UUID.randomUUID() + "@example.com.tr", "İtiraz Eden", "Gizli-parola-123");
		DestekUser applicant = ControlFixtures.from(this.context).principal(account);
		fixtures.boardDecides(board, id, VoteDecision.REJECT, VoteDecision.REJECT, VoteDecision.ACCEPT);
		long version = version(id);

		List<Race.Outcome<MvcResult>> outcomes = Race
			.twice(() -> this.mvc.perform(multipart("/kosgeb/application/appeal")
				.file(new MockMultipartFile("documents", "teknik-yazi.pdf", "application/pdf", KosgebApplicants.pdf()))
				.param("reasons", APPEAL_REASONS)
				.param("version", String.valueOf(version))
				.with(user(applicant))
				.with(csrf())).andReturn());

		oneSuccessOneRefusal(outcomes);
		assertThat(count("select count(*) from appeal where subject_source = 'KOSGEB' and subject_id = ?", id))
			.isEqualTo(1);
		assertThat(audited("APPEAL_SUBMITTED", id)).isEqualTo(1);
		assertThat(this.applications.find(id).getStatus()).isEqualTo(ApplicationStatus.APPEALED);
	}

	@Test
	void madde13_2_theUnitForwardingAnAppealTwiceAtTheSameInstantForwardsOnce() throws Exception {
		BoardFixtures boards = new BoardFixtures(this.context);
		AppealFixtures fixtures = new AppealFixtures(this.context);
		ControlFixtures control = ControlFixtures.from(this.context);
		Long id = control.readyForBoard(PROVINCE, "Eşzamanlı İletim A.Ş.");
		UserAccount account = this.users.createApplicant(this.applications.find(id).getEnterpriseId(),
				"esz-iletim-" + UUID.randomUUID() + "@example.com.tr", "İtiraz Eden", "Gizli-parola-123");
		fixtures.boardDecides(boards.board(), id, VoteDecision.REJECT, VoteDecision.REJECT, VoteDecision.ACCEPT);
		Appeal appeal = this.kosgebAppeals.submit(control.principal(account), version(id), APPEAL_REASONS, List.of());
		DestekUser manager = control.principal(control.staff(Role.UNIT_MANAGER, PROVINCE));

		List<Race.Outcome<Appeal>> outcomes = Race.twice(() -> this.appeals.forward(manager, appeal.getId(),
				appeal.getVersion(), "Birim görüşü: itiraz gerekçeleri incelendi, dosya uygun."));

		assertThat(Race.winners(outcomes)).hasSize(1);
		assertThat(Race.losers(outcomes)).singleElement()
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		assertThat(audited("APPEAL_FORWARDED", id)).isEqualTo(1);
		assertThat(this.applications.find(id).getStatus()).isEqualTo(ApplicationStatus.APPEAL_FORWARDED);
	}

}
