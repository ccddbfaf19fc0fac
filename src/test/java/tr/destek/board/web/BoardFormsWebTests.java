package tr.destek.board.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.board.BoardMemberService;
import tr.destek.board.BoardPath;
import tr.destek.board.VoteDecision;
import tr.destek.enterprise.Enterprise;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant's decisions panel (MADDE 12(9),(10)), the Kurul Bilgilendirme Formu
 * (FRM.34.00.03) and the board's PDFs (FRM.34.00.03/04/05) with real security.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class BoardFormsWebTests {

	static final int PROVINCE = 44;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAccountService users;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	BoardMemberService members;

	BoardPath path;

	@BeforeEach
	void setUp() {
		this.path = new BoardPath(this.context);
	}

	RequestPostProcessor as(Long userId) {
		return user(this.path.control().principal(this.users.find(userId).orElseThrow()));
	}

	RequestPostProcessor applicantOf(Long applicationId) {
		UserAccount applicant = this.users.createApplicant(this.applications.find(applicationId).getEnterpriseId(),
				"basvuru-" + UUID.randomUUID() + "@example.com.tr", "Başvuru Sahibi", "Gizli-parola-123");
		return user(this.path.control().principal(applicant));
	}

	@Test
	void madde12_9_theApplicantSeesTheRegisteredAcceptanceWithItemsAndBaseButNoSingleMembersVote() throws Exception {
		Long id = this.path.control().readyForBoard(PROVINCE, "Panel Kabul A.Ş.");
		BoardPath.Run run = this.path.decided(id, VoteDecision.ACCEPT, VoteDecision.ACCEPT, VoteDecision.REJECT);
		String page = this.mvc.perform(get("/kosgeb/application").with(applicantOf(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"board-decisions\"")))
			.andExpect(content().string(containsString(run.decision().getRegistryNumber())))
			.andExpect(content().string(containsString("1.050.000,00 TL")))
			.andExpect(content().string(containsString("Üye 1 gerekçesi")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the dissenting member's reason, the votes and the scores never reach the
		// applicant
		assertThat(page).doesNotContain("Üye 3 gerekçesi").doesNotContain("1.150.000").doesNotContain("Puan");
	}

	@Test
	void madde12_10_theApplicantSeesARejectionsReasonsAndTheLastDayToAppeal_andOthersGet404() throws Exception {
		Long id = this.path.control().readyForBoard(PROVINCE, "Panel Ret A.Ş.");
		BoardPath.Run run = this.path.decided(id, VoteDecision.REJECT, VoteDecision.REQUEST_CORRECTION,
				VoteDecision.REJECT);
		String lastDay = run.decision()
			.getAppealLastDay()
			.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		this.mvc.perform(get("/kosgeb/application").with(applicantOf(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Üye 3 gerekçesi")))
			.andExpect(content().string(not(containsString("Üye 2 gerekçesi"))))
			.andExpect(content().string(containsString(lastDay)))
			.andExpect(content().string(containsString("MADDE 13(1)")));
		Long other = this.path.control().readyForBoard(PROVINCE, "Başka İşletme A.Ş.");
		this.mvc
			.perform(get("/kosgeb/application/decisions/" + run.decision().getId() + "/pdf").with(applicantOf(other)))
			.andExpect(status().isNotFound());
	}

	@Test
	void frm_34_00_05_theApplicantDownloadsItsKurulKararFormuWithTurkishLettersAndTheRegistryNumber() throws Exception {
		Long id = this.path.control().readyForBoard(PROVINCE, "Karar Çıktısı A.Ş.");
		BoardPath.Run run = this.path.decided(id, VoteDecision.ACCEPT, VoteDecision.ACCEPT, VoteDecision.ACCEPT);
		byte[] pdf = this.mvc
			.perform(get("/kosgeb/application/decisions/" + run.decision().getId() + "/pdf").with(applicantOf(id)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("FRM.34.00.05")
			.contains(run.decision().getRegistryNumber())
			.contains("İşletmenin ölçüm ve çıktı planı yeterli değil")
			.contains("ç", "ğ", "ı", "İ", "ö", "ş", "ü");
		// the secretariat and a member who sat get the same form; a member who did not
		// sit does not
		assertThat(text(this.mvc.perform(get("/board/secretariat/decisions/" + run.decision().getId() + "/pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).contains(run.decision().getRegistryNumber());
		this.mvc.perform(get("/board/member/decisions/" + run.decision().getId() + "/pdf").with(as(run.seats().get(1))))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/board/member/decisions/" + run.decision().getId() + "/pdf")
				.with(as(this.path.fixtures.member().getId())))
			.andExpect(status().isForbidden());
	}

	@Test
	void frm_34_00_03_aMemberSeesTheInformationFormOnlyAfterSigningAndWhenNotConflicted() throws Exception {
		Long id = this.path.control().readyForBoard(PROVINCE, "Bilgi Formu Şirketi A.Ş.");
		KosgebApplication application = this.applications.find(id);
		String vkn = this.context.getBean(tr.destek.enterprise.EnterpriseService.class)
			.find(application.getEnterpriseId())
			.map(Enterprise::getTaxNumber)
			.orElseThrow();
		BoardPath.Run run = this.path.agendaSent(id);
		Long chair = run.seats().get(0);
		Long conflicted = run.seats().get(1);
		String url = "/board/member/meetings/" + run.meeting().getId() + "/items/" + run.item().getId()
				+ "/information";
		this.mvc.perform(get(url).with(as(chair)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(vkn)))
			.andExpect(content().string(containsString("Seviye 2")))
			.andExpect(content().string(containsString("Öneri 3: ERP")))
			.andExpect(content().string(containsString("1.200.000,00 TL")))
			.andExpect(content().string(containsString("FRM.34.00.03")));
		this.members.declareConflict(run.meeting().getId(), run.item().getId(), conflicted, "Ortağın kardeşi");
		this.mvc.perform(get(url).with(as(conflicted))).andExpect(status().isForbidden());
		this.mvc.perform(get(url + "/pdf").with(as(conflicted))).andExpect(status().isForbidden());
		byte[] pdf = this.mvc.perform(get(url + "/pdf").with(as(chair)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf)).contains("FRM.34.00.03").contains(vkn).contains("Bilgi Formu Şirketi A.Ş.");
		this.mvc
			.perform(get("/board/secretariat/meetings/" + run.meeting().getId() + "/items/" + run.item().getId()
					+ "/information"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(vkn)));
	}

	@Test
	void frm_34_00_03_beforeSigningTheCommitmentAMemberIsSentToIt() throws Exception {
		Long id = this.path.control().readyForBoard(PROVINCE, "İmzasız Üye A.Ş.");
		tr.destek.board.Board board = this.path.fixtures.board();
		tr.destek.board.MeetingService meetings = this.context.getBean(tr.destek.board.MeetingService.class);
		tr.destek.board.Meeting meeting = meetings.schedule(board.getId(), tr.destek.board.MeetingFormat.PHYSICAL,
				"Ankara", null,
				java.time.LocalDate.now(tr.destek.platform.DestekTime.ZONE)
					.plusDays(15)
					.atTime(java.time.LocalTime.of(10, 0)));
		Long itemId = meetings.addApplication(meeting.getId(), id).getId();
		meetings.sendAgenda(meeting.getId());
		Long member = board.activeSeats().get(0).getUserId();
		this.mvc
			.perform(get("/board/member/meetings/" + meeting.getId() + "/items/" + itemId + "/information")
				.with(as(member)))
			.andExpect(redirectedUrl("/board/member/meetings/" + meeting.getId()));
		this.mvc.perform(get("/board/member/meetings/" + meeting.getId() + "/commitment/pdf").with(as(member)))
			.andExpect(status().isNotFound());
		this.members.sign(meeting.getId(), member);
		byte[] pdf = this.mvc
			.perform(get("/board/member/meetings/" + meeting.getId() + "/commitment/pdf").with(as(member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		String name = this.users.find(member).orElseThrow().getFullName();
		assertThat(text).contains("FRM.34.00.04")
			.contains(name)
			.contains(board.getName().substring(0, 10))
			.contains("Gizlilik ve Tarafsızlık");
		// the secretariat reads every signed commitment from the meeting page
		this.mvc.perform(get("/board/secretariat/meetings/" + meeting.getId()))
			.andExpect(content().string(containsString("/commitments/" + member + "/pdf")));
		byte[] signed = this.mvc
			.perform(get("/board/secretariat/meetings/" + meeting.getId() + "/commitments/" + member + "/pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(signed)).contains(name);
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
