package tr.destek.board.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tr.destek.board.MeetingRecording;
import tr.destek.board.MeetingRecordings;
import tr.destek.board.RecordingRejectedException;
import tr.destek.identity.DestekUser;
import tr.destek.platform.ContentDispositions;

/**
 * Meeting recordings (MADDE 12(12)): the secretariat attaches audio/video recordings to a
 * held meeting; the secretariat and the meeting's signed participants download them.
 */
@Controller
class RecordingController {

	private final MeetingRecordings recordings;

	private final MessageSource messages;

	RecordingController(MeetingRecordings recordings, MessageSource messages) {
		this.recordings = recordings;
		this.messages = messages;
	}

	@PostMapping("/board/secretariat/meetings/{id}/recordings")
	String attach(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Locale locale, RedirectAttributes redirect) {
		try {
			MeetingRecording recording = this.recordings.attach(id, file);
			redirect.addFlashAttribute("flashSuccess", this.messages.getMessage("board.recording.attached",
					new Object[] { recording.filename() }, locale));
		}
		catch (RecordingRejectedException ex) {
			redirect.addFlashAttribute("recordingError",
					this.messages.getMessage(ex.getMessageKey(), ex.getArgs(), locale));
		}
		return "redirect:/board/secretariat/meetings/" + id + "#recordings-h";
	}

	@GetMapping("/board/secretariat/meetings/{id}/recordings/{recordingId}")
	ResponseEntity<byte[]> secretariatDownload(@PathVariable Long id, @PathVariable Long recordingId) {
		return download(this.recordings.openForSecretariat(id, recordingId));
	}

	@GetMapping("/board/member/meetings/{id}/recordings/{recordingId}")
	ResponseEntity<byte[]> memberDownload(@AuthenticationPrincipal DestekUser user, @PathVariable Long id,
			@PathVariable Long recordingId) {
		return download(this.recordings.openForMember(id, recordingId, user.getId()));
	}

	private static ResponseEntity<byte[]> download(MeetingRecording.Content content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.recording().contentType()))
			.contentLength(content.bytes().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(content.recording().filename()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(content.bytes());
	}

}
