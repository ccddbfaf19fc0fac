package tr.destek.board.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.board.AgendaItem;
import tr.destek.board.Board;
import tr.destek.board.BoardMemberService;
import tr.destek.board.BoardPath;
import tr.destek.board.BoardService;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingFormat;
import tr.destek.board.MeetingRecording;
import tr.destek.board.MeetingRecordings;
import tr.destek.board.MeetingService;
import tr.destek.board.VoteDecision;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Participation fixed when the agenda is sent, seen through the pages (security issue
 * #9): the registered Kurul Karar Formu, recordings, the member decision page and the
 * meeting link.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class ParticipationWebTests {

	static final int PROVINCE = 11;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAccountService users;

	@Autowired
	BoardService boards;

	@Autowired
	MeetingService meetings;

	@Autowired
	BoardMemberService members;

	@Autowired
	MeetingRecordings recordings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	BoardPath path;

	@BeforeEach
	void setUp() {
		this.path = new BoardPath(this.context);
	}

	RequestPostProcessor as(Long userId) {
		return user(this.path.control().principal(this.users.find(userId).orElseThrow()));
	}

	UserAccount namedMember(String name) {
		return this.path.control()
			.staff(Role.BOARD_MEMBER, PROVINCE, "uye-" + UUID.randomUUID() + "@kosgeb.test", name);
	}

	void replace(Board board, Long leaving, Long successor) {
		Long seatId = this.boards.find(board.getId())
			.activeSeats()
			.stream()
			.filter(s -> s.getUserId().equals(leaving))
			.findFirst()
			.orElseThrow()
			.getId();
		this.boards.replaceMember(board.getId(), seatId, successor, "Görevden ayrıldı");
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void frm_34_00_05_theRegisteredKararFormuStillNamesTheMemberWhoApprovedAfterAReplacement() throws Exception {
		BoardPath.Run run = this.path.decided(this.path.control().readyForBoard(PROVINCE, "Kayıtlı Form A.Ş."),
				VoteDecision.ACCEPT, VoteDecision.ACCEPT, VoteDecision.ACCEPT);
		Long leaving = run.seats().get(1);
		String leavingName = this.users.find(leaving).orElseThrow().getFullName();
		UserAccount successor = namedMember("Halef Üye Zeynep Kaya");
		replace(run.board(), leaving, successor.getId());
		String form = "/board/secretariat/decisions/" + run.decision().getId();

		String page = this.mvc.perform(get(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(leavingName).doesNotContain("Halef Üye Zeynep Kaya");
		String pdf = text(this.mvc.perform(get(form + "/pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(pdf).contains(run.decision().getRegistryNumber())
			.contains(leavingName)
			.doesNotContain("Halef Üye Zeynep Kaya");
		// the replaced member still reads what he sat for; the successor does not
		this.mvc.perform(get("/board/member/decisions/" + run.decision().getId()).with(as(leaving)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/board/member/decisions/" + run.decision().getId() + "/pdf").with(as(leaving)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/board/member/decisions/" + run.decision().getId()).with(as(successor.getId())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/board/member/meetings/" + run.meeting().getId()).with(as(successor.getId())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/board/member/meetings/" + run.meeting().getId() + "/items/" + run.item().getId())
				.with(as(successor.getId())))
			.andExpect(status().isForbidden());
	}

	@Test
	void madde12_12_onlyMembersWhoSatForTheWholeMeetingWithoutConflictDownloadItsRecordings() throws Exception {
		Board board = this.path.fixtures.board();
		Meeting scheduled = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/kayit",
				LocalDate.now(DestekTime.ZONE).plusDays(12).atTime(LocalTime.of(10, 0)));
		this.meetings.addApplication(scheduled.getId(),
				this.path.control().readyForBoard(PROVINCE, "Çatışmalı Kayıt A.Ş."));
		this.meetings.addApplication(scheduled.getId(),
				this.path.control().readyForBoard(PROVINCE, "Temiz Kayıt A.Ş."));
		Long meetingId = this.meetings.sendAgenda(scheduled.getId()).getId();
		AgendaItem first = this.meetings.find(meetingId).getItems().get(0);
		Long chair = board.activeSeats().get(0).getUserId();
		Long conflicted = board.activeSeats().get(1).getUserId();
		Long substitute = this.path.fixtures.member().getId();
		this.members.sign(meetingId, chair);
		this.members.sign(meetingId, conflicted);
		this.members.declareConflict(meetingId, first.getId(), conflicted, "Kardeşimin şirketi");
		this.meetings.seatSubstitute(meetingId, first.getId(), conflicted, substitute, "MADDE 18(10) yedek üye");
		this.members.sign(meetingId, substitute);
		this.jdbc.update("update board_meeting set starts_at = ? where id = ?",
				Timestamp.from(Instant.now(this.clock).minus(Duration.ofHours(3))), meetingId);
		MeetingRecording recording = this.recordings.attach(meetingId,
				new MockMultipartFile("file", "toplanti.mp4", "video/mp4", mp4()));
		String download = "/board/member/meetings/" + meetingId + "/recordings/" + recording.id();

		this.mvc.perform(get(download).with(as(chair))).andExpect(status().isOk());
		this.mvc.perform(get(download).with(as(conflicted))).andExpect(status().isNotFound());
		this.mvc.perform(get(download).with(as(substitute))).andExpect(status().isNotFound());
		this.mvc.perform(get("/board/secretariat/meetings/" + meetingId + "/recordings/" + recording.id()))
			.andExpect(status().isOk());
	}

	static byte[] mp4() {
		byte[] bytes = new byte[64];
		byte[] head = "\0\0\0\u0018ftypisom".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	@Test
	void frm_34_00_04_theMemberDecisionPageAsksAMemberWhoHasNotSignedToSignFirst() throws Exception {
		BoardPath.Run run = this.path.decided(this.path.control().readyForBoard(PROVINCE, "İmzasız Okuma A.Ş."),
				VoteDecision.ACCEPT, VoteDecision.ACCEPT, VoteDecision.ACCEPT);
		Long member = run.seats().get(0);
		// a sitting member whose commitment for the meeting is not on record (e.g. data
		// from before the commitment existed): like every other member page, sign first
		this.jdbc.update("delete from board_commitment_signature where meeting_id = ? and user_id = ?",
				run.meeting().getId(), member);
		this.mvc.perform(get("/board/member/decisions/" + run.decision().getId()).with(as(member)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/board/member/meetings/" + run.meeting().getId()));
		this.mvc.perform(get("/board/member/decisions/" + run.decision().getId()).with(as(run.seats().get(1))))
			.andExpect(status().isOk());
	}

	@Test
	void madde12_1_anElectronicMeetingTakesOnlyAnHttpsLink_withAFieldMessageInTurkishAndEnglish() throws Exception {
		Board board = this.path.fixtures.board();
		String date = this.meetings.earliestMeetingDate(board.getKind()).plusDays(3).toString();
		for (String link : new String[] { "javascript:alert(1)", "http://toplanti.example/k", "toplanti.example",
				"ftp://toplanti.example/k", "https://" }) {
			this.mvc
				.perform(post("/board/secretariat/boards/" + board.getId() + "/meetings").with(csrf())
					.param("format", "ELECTRONIC")
					.param("link", link)
					.param("date", date)
					.param("time", "10:00"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("meetingForm", "link"))
				.andExpect(content().string(containsString("https:// ile başlayan")));
		}
		this.mvc
			.perform(post("/board/secretariat/boards/" + board.getId() + "/meetings").with(csrf())
				.param("lang", "en")
				.param("format", "ELECTRONIC")
				.param("link", "javascript:alert(1)")
				.param("date", date)
				.param("time", "10:00"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("meetingForm", "link"))
			.andExpect(content().string(containsString("starting with https://")));
		assertThat(this.meetings.meetingsOf(board.getId())).isEmpty();
		this.mvc
			.perform(post("/board/secretariat/boards/" + board.getId() + "/meetings").with(csrf())
				.param("format", "ELECTRONIC")
				.param("link", "https://toplanti.kosgeb.gov.tr/k1")
				.param("date", date)
				.param("time", "10:00"))
			.andExpect(status().is3xxRedirection());
	}

}
