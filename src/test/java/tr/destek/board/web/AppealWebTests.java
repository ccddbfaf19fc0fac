package tr.destek.board.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.board.AgendaItem;
import tr.destek.board.AppealCommissionService;
import tr.destek.board.AppealDecision;
import tr.destek.board.Ballot;
import tr.destek.board.Board;
import tr.destek.board.BoardFixtures;
import tr.destek.board.BoardKind;
import tr.destek.board.BoardMemberService;
import tr.destek.board.BoardSeat;
import tr.destek.board.BoardService;
import tr.destek.board.Criterion;
import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingFormat;
import tr.destek.board.MeetingService;
import tr.destek.board.MeetingRecording;
import tr.destek.board.MeetingRecordings;
import tr.destek.board.VoteDecision;
import tr.destek.board.VotingService;
import tr.destek.document.DocumentRef;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.appeal.Appeal;
import tr.destek.appeal.AppealService;
import tr.destek.kosgeb.KosgebAppeals;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The appeal pages (MADDE 13) with real security: applicant, unit, commission members,
 * secretariat and outsiders; the İtiraz Formu and İtiraz Karar Formu PDFs.
 */
@tr.destek.support.IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class AppealWebTests {

	/** a province no other test uses */
	static final int PROVINCE = 81;

	static final String REASONS = "Kurul, yazılımın yol haritasındaki önerilere uygunluğunu yanlış değerlendirdi; "
			+ "ölçütler ekteki teknik yazıyla karşılanıyor. Gerekçemiz: çğıİöşü.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeetingRecordings recordings;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeetingService meetings;

	@Autowired
	BoardMemberService members;

	@Autowired
	VotingService voting;

	@Autowired
	DecisionService decisions;

	@Autowired
	AppealCommissionService commission;

	@Autowired
	AppealService appeals;

	@Autowired
	KosgebAppeals kosgebAppeals;

	@Autowired
	BoardService boards;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	UserAccountService users;

	ControlFixtures control;

	Long application;

	DestekUser applicant;

	DestekUser unitManager;

	DestekUser secretariat;

	@BeforeEach
	void setUp() {
		this.control = ControlFixtures.from(this.context);
		this.secretariat = this.control.principal(this.control.staff(Role.BOARD_SECRETARIAT, PROVINCE));
		this.unitManager = this.control.principal(this.control.staff(Role.UNIT_MANAGER, PROVINCE));
		this.application = this.control.readyForBoard(PROVINCE, "Şişecam Örnek Çağrı Üretim A.Ş.");
		UserAccount account = this.users.createApplicant(this.applications.find(this.application).getEnterpriseId(),
				"itiraz-web-" + UUID.randomUUID() + "@example.com.tr", "İtiraz Eden", "Gizli-parola-123");
		this.applicant = this.control.principal(account);
		boardRejects();
	}

	void boardRejects() {
		Board board = new BoardFixtures(this.context).board();
		Sent sent = sent(board);
		seats(board).forEach(m -> this.members.sign(sent.meeting().getId(), m));
		var scores = this.voting.criteria()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Criterion::getCode, c -> 2));
		for (Long member : seats(board)) {
			this.voting.cast(sent.meeting().getId(), sent.item().getId(), member,
					new Ballot(VoteDecision.REJECT, "Gereklilik gösterilmedi", scores, java.util.Map.of()));
		}
		Decision decision = this.decisions.prepare(sent.meeting().getId(), sent.item().getId());
		seats(board).forEach(m -> this.decisions.approve(decision.getId(), m));
		this.decisions.register(decision.getId());
	}

	record Sent(Meeting meeting, AgendaItem item) {
	}

	Sent sent(Board board) {
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/" + UUID.randomUUID(),
				LocalDate.now(DestekTime.ZONE).plusDays(9).atTime(LocalTime.NOON));
		this.meetings.addApplication(meeting.getId(), this.application);
		Meeting sent = this.meetings.sendAgenda(meeting.getId());
		return new Sent(sent, sent.getItems().get(0));
	}

	static List<Long> seats(Board board) {
		return board.activeSeats().stream().map(BoardSeat::getUserId).toList();
	}

	Board commissionBoard() {
		return this.boards.create("İtiraz Komisyonu " + UUID.randomUUID(), BoardKind.APPEAL_COMMISSION,
				commissionMember().getId(), List.of(commissionMember().getId(), commissionMember().getId()));
	}

	UserAccount commissionMember() {
		return this.control.staff(Role.APPEAL_COMMISSION_MEMBER, 6);
	}

	DestekUser principal(Long userId) {
		return this.control.principal(this.users.find(userId).orElseThrow());
	}

	Appeal appealed() throws Exception {
		this.mvc
			.perform(multipart("/kosgeb/application/appeal")
				.file(new MockMultipartFile("documents", "teknik-yazı.pdf", "application/pdf", KosgebApplicants.pdf()))
				.param("reasons", REASONS)
				.param("version", String.valueOf(this.applications.find(this.application).getVersion()))
				.with(user(this.applicant))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/kosgeb/application/appeal"));
		return this.kosgebAppeals.forApplication(this.application).orElseThrow();
	}

	@Test
	void madde13_1_theApplicantAppealsOnceFromTheApplicationPage() throws Exception {
		this.mvc.perform(get("/kosgeb/application").with(user(this.applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"open-appeal\"")))
			.andExpect(content().string(containsString("bir defaya mahsus")));
		this.mvc.perform(get("/kosgeb/application/appeal").with(user(this.applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("FRM.34.00.06")))
			.andExpect(content().string(containsString("id=\"submit-appeal\"")))
			// issue 10 point 11: the 10.000-character limit is stated before submitting
			.andExpect(content().string(containsString("maxlength=\"10000\"")))
			.andExpect(content().string(containsString("En fazla 10.000 karakter.")));
		// too short: the message next to the field, what was typed is kept
		this.mvc
			.perform(multipart("/kosgeb/application/appeal").param("reasons", "Katılmıyoruz")
				.param("version", String.valueOf(this.applications.find(this.application).getVersion()))
				.with(user(this.applicant))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reasons-error\"")))
			.andExpect(content().string(containsString("Katılmıyoruz")));

		Appeal appeal = appealed();

		assertThat(this.applications.find(this.application).getStatus()).isEqualTo(ApplicationStatus.APPEALED);
		this.mvc.perform(get("/kosgeb/application/appeal").with(user(this.applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Birim görüşü bekleniyor")))
			.andExpect(content().string(containsString("teknik-yazı.pdf")))
			.andExpect(content().string(not(containsString("id=\"submit-appeal\""))));
		DocumentRef document = this.appeals.documents(appeal.getId()).get(0);
		this.mvc.perform(get("/kosgeb/application/appeal/documents/" + document.id()).with(user(this.applicant)))
			.andExpect(status().isOk());
		// a second appeal is refused with the reason (MADDE 13(1))
		this.mvc
			.perform(multipart("/kosgeb/application/appeal").param("reasons", REASONS)
				.param("version", String.valueOf(this.applications.find(this.application).getVersion()))
				.with(user(this.applicant))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", containsString("bir kez kullanıldı")));
	}

	@Test
	void issue10_aTooShortReasonKeepsTheChosenDocuments_theNextSubmitAttachesThem() throws Exception {
		String body = this.mvc
			.perform(multipart("/kosgeb/application/appeal")
				.file(new MockMultipartFile("documents", "itiraz-eki.pdf", "application/pdf", KosgebApplicants.pdf()))
				.param("reasons", "Katılmıyoruz")
				.param("version", String.valueOf(this.applications.find(this.application).getVersion()))
				.with(user(this.applicant))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reasons-error\"")))
			.andExpect(content().string(containsString("id=\"kept-documents\"")))
			.andExpect(content().string(containsString("itiraz-eki.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher kept = java.util.regex.Pattern.compile("name=\"keptDocumentIds\" value=\"(\\d+)\"")
			.matcher(body);
		assertThat(kept.find()).isTrue();
		this.mvc
			.perform(multipart("/kosgeb/application/appeal").param("reasons", REASONS)
				.param("keptDocumentIds", kept.group(1))
				.param("version", String.valueOf(this.applications.find(this.application).getVersion()))
				.with(user(this.applicant))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/kosgeb/application/appeal"));
		Appeal appeal = this.kosgebAppeals.forApplication(this.application).orElseThrow();
		assertThat(this.appeals.documents(appeal.getId())).extracting(DocumentRef::filename)
			.containsExactly("itiraz-eki.pdf");
	}

	@Test
	void anApplicantNeverSeesAnotherEnterprisesAppeal() throws Exception {
		Appeal appeal = appealed();
		DocumentRef document = this.appeals.documents(appeal.getId()).get(0);
		Long other = this.control.readyForBoard(PROVINCE, "Başka Ticaret Ltd. Şti.");
		DestekUser stranger = this.control
			.principal(this.users.createApplicant(this.applications.find(other).getEnterpriseId(),
					"baska-" + UUID.randomUUID() + "@example.com.tr", "Başka", "Gizli-parola-123"));

		this.mvc.perform(get("/kosgeb/application/appeal/documents/" + document.id()).with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/kosgeb/application/appeal.pdf").with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/kosgeb/application/appeal").with(user(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(appeal.getReference()))));
		this.mvc.perform(get("/kosgeb/control/appeals/" + appeal.getId()).with(user(stranger)))
			.andExpect(status().isForbidden());
		DestekUser otherUnit = this.control.principal(this.control.staff(Role.UNIT_MANAGER, 6));
		this.mvc.perform(get("/kosgeb/control/appeals/" + appeal.getId()).with(user(otherUnit)))
			.andExpect(status().isNotFound());
	}

	@Test
	void madde13_2_theUnitWritesItsOpinionAndForwards() throws Exception {
		Appeal appeal = appealed();
		this.mvc.perform(get("/kosgeb/control/appeals").with(user(this.unitManager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(appeal.getReference())));
		this.mvc
			.perform(post("/kosgeb/control/appeals/" + appeal.getId() + "/forward").param("opinion", " ")
				.param("version", String.valueOf(appeal.getVersion()))
				.with(user(this.unitManager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"opinion-error\"")));

		this.mvc
			.perform(post("/kosgeb/control/appeals/" + appeal.getId() + "/forward")
				.param("opinion", "Birim görüşü: teknik yazı dosyayı destekliyor.")
				.param("version", String.valueOf(appeal.getVersion()))
				.with(user(this.unitManager))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.applications.find(this.application).getStatus()).isEqualTo(ApplicationStatus.APPEAL_FORWARDED);
		byte[] pdf = this.mvc
			.perform(get("/kosgeb/control/appeals/" + appeal.getId() + "/form.pdf").with(user(this.unitManager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf)).contains("FRM.34.00.06").contains("Birim görüşü: teknik yazı dosyayı destekliyor.");
	}

	@Test
	void theItirazFormuPdfRendersTurkishText() throws Exception {
		appealed();

		byte[] pdf = this.mvc.perform(get("/kosgeb/application/appeal.pdf").with(user(this.applicant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		String text = text(pdf);
		assertThat(text).contains("FRM.34.00.06")
			.contains("KOBİ Dijital Dönüşüm Destek Programı İtiraz Formu")
			.contains("Şişecam Örnek Çağrı Üretim A.Ş.")
			.contains("çğıİöşü")
			.contains("teknik-yazı.pdf");
	}

	@Test
	void madde13_13_theCommissionVotesSeesTheRecordsAndTheDecisionFormIsAPdf() throws Exception {
		Appeal appeal = appealed();
		this.appeals.forward(this.unitManager, appeal.getId(), appeal.getVersion(), "Görüş: itiraz yerinde.");
		// MADDE 13(11): the one-month decision time on the secretariat's overview
		this.mvc.perform(get("/board/secretariat/appeals").with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(appeal.getReference())));
		Board commission = commissionBoard();
		Meeting scheduled = this.meetings.schedule(commission.getId(), MeetingFormat.PHYSICAL,
				"Ankara, KOSGEB Başkanlık", null, LocalDate.now(DestekTime.ZONE).plusDays(8).atTime(LocalTime.NOON));
		this.mvc.perform(get("/board/secretariat/meetings/" + scheduled.getId()).with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("İletilmiş itirazlar")))
			.andExpect(content().string(containsString(appeal.getReference())));
		this.mvc
			.perform(post("/board/secretariat/meetings/" + scheduled.getId() + "/applications")
				.param("applicationId", String.valueOf(this.application))
				.with(user(this.secretariat))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Meeting sent = this.meetings.sendAgenda(scheduled.getId());
		Long itemId = sent.getItems().get(0).getId();
		List<Long> seats = seats(commission);
		DestekUser chair = principal(seats.get(0));
		String item = "/board/member/appeals/" + sent.getId() + "/items/" + itemId;

		// nothing before the commitment (FRM.34.00.04)
		this.mvc.perform(get(item).with(user(chair)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/board/member/meetings/" + sent.getId()));
		this.mvc.perform(get("/board/member/meetings/" + sent.getId()).with(user(chair)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("FRM.34.00.04")));
		// an outsider commission member and a board member are refused
		DestekUser outsider = this.control.principal(commissionMember());
		this.mvc.perform(get(item + "/records").with(user(outsider))).andExpect(status().isForbidden());
		DestekUser boardMember = this.control.principal(this.control.staff(Role.BOARD_MEMBER, 6));
		this.mvc.perform(get(item + "/records").with(user(boardMember))).andExpect(status().isForbidden());

		seats.forEach(m -> this.members.sign(sent.getId(), m));
		this.mvc.perform(get("/board/member/meetings/" + sent.getId() + "/items/" + itemId).with(user(chair)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(item));
		this.mvc.perform(get(item).with(user(chair)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(REASONS)))
			.andExpect(content().string(containsString("Görüş: itiraz yerinde.")));
		String rejection = appeal.getRejectionRegistry();
		// MADDE 12(12), 13(13): the recording of the rejecting meeting is among the
		// records
		Long rejectingMeeting = this.decisions.registeredFor(this.application).get(0).getMeetingId();
		this.jdbc.update("update board_meeting set starts_at = starts_at - interval '30 days' where id = ?",
				rejectingMeeting);
		byte[] audio = "ID3\u0003\0\0\0\0\0\0 kurul toplantısı".getBytes(StandardCharsets.ISO_8859_1);
		MeetingRecording recording = this.recordings.attach(rejectingMeeting,
				new MockMultipartFile("file", "ret-toplantısı.mp3", "audio/mpeg", audio));
		this.mvc.perform(get(item + "/records").with(user(chair)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(rejection)))
			.andExpect(content().string(containsString("Gereklilik gösterilmedi")))
			.andExpect(content().string(containsString("ret-toplantısı.mp3")));
		String download = item + "/records/recordings/" + recording.id();
		this.mvc.perform(get(download).with(user(chair))).andExpect(status().isOk()).andExpect(content().bytes(audio));
		this.mvc.perform(get(download).with(user(outsider))).andExpect(status().isForbidden());
		// a vote without a decision and without a reason is told both at once (issue 10
		// point 11), the member's typed input kept
		this.mvc.perform(post(item + "/vote").param("reason", "").with(user(chair)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")))
			.andExpect(content().string(containsString("id=\"decision-error\"")));
		this.mvc.perform(post(item + "/vote").param("reason", "Yarım kalan not").with(user(chair)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"decision-error\"")))
			.andExpect(content().string(containsString("Yarım kalan not")));
		for (Long member : seats) {
			this.mvc
				.perform(post(item + "/vote").param("decision", "ACCEPT")
					.param("reason", "Teknik yazı ölçütleri karşılıyor")
					.with(user(principal(member)))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc
			.perform(post("/board/secretariat/appeal-meetings/" + sent.getId() + "/items/" + itemId + "/decision")
				.with(user(this.secretariat))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		AppealDecision decision = this.commission.forItem(itemId).orElseThrow();
		// the e-approval cannot be withdrawn (MADDE 13(8)): the page links to a
		// confirmation page with the one POST button, and opening it approves nothing
		String decisionPath = "/board/member/appeal-decisions/" + decision.getId();
		org.jsoup.nodes.Document decisionPage = org.jsoup.Jsoup
			.parse(this.mvc.perform(get(decisionPath).with(user(principal(seats.get(0)))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(decisionPage.getElementById("approve-appeal-decision").attr("href"))
			.isEqualTo(decisionPath + "/approve");
		org.jsoup.nodes.Document confirmation = org.jsoup.Jsoup
			.parse(this.mvc.perform(get(decisionPath + "/approve").with(user(principal(seats.get(0)))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		org.jsoup.nodes.Element button = confirmation.getElementById("confirm-approve-appeal-decision");
		assertThat(button).isNotNull();
		assertThat(button.closest("form").attr("action")).isEqualTo(decisionPath + "/approve");
		assertThat(button.closest("form").attr("method")).isEqualToIgnoringCase("post");
		assertThat(this.commission.forItem(itemId).orElseThrow().isApprovedBy(seats.get(0))).isFalse();
		for (Long member : seats) {
			this.mvc
				.perform(post("/board/member/appeal-decisions/" + decision.getId() + "/approve")
					.with(user(principal(member)))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc
			.perform(post("/board/secretariat/appeal-decisions/" + decision.getId() + "/register")
				.with(user(this.secretariat))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.applications.find(this.application).getStatus()).isEqualTo(ApplicationStatus.READY_FOR_BOARD);

		byte[] pdf = this.mvc.perform(get("/kosgeb/application/appeal/decision.pdf").with(user(this.applicant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		AppealDecision registered = this.commission.decision(decision.getId());
		assertThat(text).contains("FRM.34.00.07")
			.contains("İtiraz Karar Formu")
			.contains(registered.getRegistryNumber())
			.contains("İtiraz kabul edildi")
			.contains("e-onaylandı")
			.contains(this.users.find(seats.get(0)).orElseThrow().getFullName().split(" ")[0])
			.contains("ç")
			.contains("ğ")
			.contains("ı")
			.contains("İ")
			.contains("ö")
			.contains("ş")
			.contains("ü");
		this.mvc
			.perform(get("/board/secretariat/appeal-decisions/" + decision.getId() + "/form.pdf")
				.with(user(this.secretariat)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/board/member/appeal-decisions/" + decision.getId() + "/form.pdf").with(user(outsider)))
			.andExpect(status().isForbidden());
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
	}

}
