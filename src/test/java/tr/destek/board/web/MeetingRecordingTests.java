package tr.destek.board.web;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.audit.AuditTrail;
import tr.destek.board.BoardPath;
import tr.destek.board.MeetingRecording;
import tr.destek.board.MeetingRecordings;
import tr.destek.identity.UserAccountService;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Meeting recordings (MADDE 12(12)) with real security. */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class MeetingRecordingTests {

	static final int PROVINCE = 44;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAccountService users;

	@Autowired
	MeetingRecordings recordings;

	@Autowired
	AuditTrail audit;

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

	static byte[] mp4() {
		byte[] bytes = new byte[64];
		byte[] head = "\0\0\0\u0018ftypisom".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	@Test
	void madde12_12_theSecretariatAttachesARecordingToAHeldMeetingAndSignedMembersDownloadIt() throws Exception {
		BoardPath.Run run = this.path.agendaSent(this.path.control().readyForBoard(PROVINCE, "Kayıt Toplantısı A.Ş."));
		Long meetingId = run.meeting().getId();
		String upload = "/board/secretariat/meetings/" + meetingId + "/recordings";
		MockMultipartFile video = new MockMultipartFile("file", "Kurul toplantısı.mp4", "video/mp4", mp4());

		// not held yet: the meeting is 15 days ahead
		this.mvc.perform(multipart(upload).file(video).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("recordingError", containsString("henüz yapılmadı")));
		this.jdbc.update("update board_meeting set starts_at = ? where id = ?",
				Timestamp.from(Instant.now(this.clock).minus(Duration.ofHours(2))), meetingId);
		// a PDF renamed to .mp4 is refused by its content
		this.mvc
			.perform(multipart(upload).file(new MockMultipartFile("file", "sahte.mp4", "video/mp4",
					"%PDF-1.4 not a video at all".getBytes(StandardCharsets.US_ASCII)))
				.with(csrf()))
			.andExpect(flash().attribute("recordingError", containsString("ses veya görüntü kaydı değil")));
		this.mvc.perform(multipart(upload).file(video).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashSuccess"));

		assertThat(this.recordings.recordingsOf(meetingId)).singleElement().satisfies(r -> {
			assertThat(r.filename()).isEqualTo("Kurul toplantısı.mp4");
			assertThat(r.contentType()).isEqualTo("video/mp4");
		});
		MeetingRecording recording = this.recordings.recordingsOf(meetingId).get(0);
		this.mvc.perform(get("/board/secretariat/meetings/" + meetingId))
			.andExpect(content().string(containsString("Kurul toplantısı.mp4")));
		this.mvc.perform(get("/board/member/meetings/" + meetingId).with(as(run.seats().get(0))))
			.andExpect(content().string(containsString("Kurul toplantısı.mp4")));
		String download = "/board/member/meetings/" + meetingId + "/recordings/" + recording.id();
		this.mvc.perform(get(download).with(as(run.seats().get(1))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "video/mp4"))
			.andExpect(content().bytes(mp4()));
		// a member of another board is refused
		this.mvc.perform(get(download).with(as(this.path.fixtures.member().getId()))).andExpect(status().isForbidden());
		assertThat(this.audit.history("BoardMeeting", meetingId)).extracting(e -> e.getAction())
			.contains("RECORDING_ATTACHED", "RECORDING_OPENED");
	}

}
