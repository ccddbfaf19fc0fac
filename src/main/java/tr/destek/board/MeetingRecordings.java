package tr.destek.board;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditTrail;
import tr.destek.platform.NotFoundException;

/**
 * Audio and video recordings of held board meetings (MADDE 12(12)). The secretariat
 * attaches them once the meeting was held (its agenda was sent and its start time has
 * passed); the file is accepted by its content (MP4/M4A, WebM, Ogg, WAV, MP3) up to
 * {@code destek.board.recordings.max-size} (20 MB, the request limit). The secretariat
 * and the members who sat for the whole meeting without a conflict and signed its
 * commitment (MADDE 12(11), 18(10)) download them. Every attachment and every download is
 * audited. {@link #recordingsOf} is the module's public read, e.g. for the appeal
 * commission (MADDE 13(13)).
 */
@Service
public class MeetingRecordings {

	private static final RowMapper<MeetingRecording> ROW = (rs, n) -> new MeetingRecording(rs.getLong("id"),
			rs.getLong("meeting_id"), rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"),
			rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));

	private final MeetingRepository meetings;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final DataSize maxSize;

	MeetingRecordings(MeetingRepository meetings, JdbcTemplate jdbc, AuditTrail audit, Clock clock,
			@Value("${destek.board.recordings.max-size:20MB}") DataSize maxSize) {
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	/** The recordings of a meeting, oldest first, without their bytes. */
	@Transactional(readOnly = true)
	public List<MeetingRecording> recordingsOf(Long meetingId) {
		return this.jdbc.query("""
				select id, meeting_id, filename, content_type, size_bytes, sha256, uploaded_at, uploaded_by
				from board_meeting_recording where meeting_id = ? order by uploaded_at, id""", ROW, meetingId);
	}

	/**
	 * Whether the meeting was held: its agenda was sent and its start time has passed.
	 */
	public boolean isHeld(Meeting meeting) {
		return meeting.getStatus() == MeetingStatus.AGENDA_SENT
				&& !meeting.getStartsAt().isAfter(Instant.now(this.clock));
	}

	/**
	 * Attaches a recording to a held meeting (MADDE 12(12)).
	 * @throws RecordingRejectedException when the meeting was not held yet, or the file
	 * is empty, too large or not audio/video by its content
	 */
	@Transactional
	public MeetingRecording attach(Long meetingId, MultipartFile file) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		if (!isHeld(meeting)) {
			throw new RecordingRejectedException("board.recording.error.not-held");
		}
		String original = (file != null && file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		if (file == null || file.isEmpty()) {
			throw new RecordingRejectedException("board.recording.error.empty");
		}
		if (file.getSize() > this.maxSize.toBytes()) {
			throw new RecordingRejectedException("board.recording.error.too-large", this.maxSize.toMegabytes());
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			throw new RecordingRejectedException("board.recording.error.unreadable");
		}
		RecordingKind kind = RecordingKind.sniff(bytes)
			.orElseThrow(() -> new RecordingRejectedException("board.recording.error.type"));
		String filename = filename(original, kind);
		Instant now = Instant.now(this.clock);
		String by = AuditTrail.currentActor();
		String sha256 = sha256(bytes);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					insert into board_meeting_recording
					  (meeting_id, filename, content_type, size_bytes, sha256, uploaded_at, uploaded_by)
					values (?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			statement.setLong(1, meetingId);
			statement.setString(2, filename);
			statement.setString(3, kind.mediaType());
			statement.setLong(4, bytes.length);
			statement.setString(5, sha256);
			statement.setTimestamp(6, Timestamp.from(now));
			statement.setString(7, by);
			return statement;
		}, key);
		long id = key.getKey().longValue();
		this.jdbc.update("insert into board_meeting_recording_content (recording_id, bytes) values (?, ?)", id, bytes);
		MeetingRecording recording = new MeetingRecording(id, meetingId, filename, kind.mediaType(), bytes.length,
				sha256, now, by);
		this.audit.record("RECORDING_ATTACHED", MeetingService.ENTITY, meetingId,
				"Recording " + filename + " attached (MADDE 12(12))", null,
				"recording=" + id + ", type=" + kind.mediaType() + ", size=" + bytes.length + ", sha256=" + sha256);
		return recording;
	}

	/** A recording with its bytes for the secretariat; the download is audited. */
	@Transactional
	public MeetingRecording.Content openForSecretariat(Long meetingId, Long recordingId) {
		return open(meetingId, recordingId);
	}

	/**
	 * The recordings a member may download: only one who sat for the whole meeting
	 * without a conflict (MADDE 12(12), 18(10)) and signed its commitment (MADDE 12(11));
	 * nobody else sees any.
	 */
	public List<MeetingRecording> recordingsForMember(Meeting meeting, Long memberId) {
		return mayDownload(meeting, memberId) ? recordingsOf(meeting.getId()) : List.of();
	}

	/**
	 * A recording with its bytes for a member who sat for the whole meeting without a
	 * conflict and signed its commitment; the download is audited. A conflicted member or
	 * a single-item substitute heard only part of it (MADDE 18(10)) and gets "not found",
	 * as if there were none.
	 * @throws AccessDeniedException for anyone who did not take part or did not sign
	 * @throws NotFoundException for a conflicted member or an item's substitute
	 */
	@Transactional
	public MeetingRecording.Content openForMember(Long meetingId, Long recordingId, Long memberId) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		if (!meeting.isParticipant(memberId) || !meeting.hasSigned(memberId)) {
			throw new AccessDeniedException("not a signed participant of this meeting");
		}
		if (!meeting.satForWholeMeeting(memberId)) {
			throw new NotFoundException();
		}
		return open(meetingId, recordingId);
	}

	private static boolean mayDownload(Meeting meeting, Long memberId) {
		return meeting.satForWholeMeeting(memberId) && meeting.hasSigned(memberId);
	}

	/**
	 * A recording of the board meeting that rejected an application, for the appeal
	 * commission (MADDE 13(13)). {@code records} can only be obtained through
	 * {@link AppealCommissionService#rejectionRecords}, which checks that the member
	 * signed the commitment and sits for the appeal; the download is audited.
	 */
	@Transactional
	public MeetingRecording.Content openForAppealCommission(RejectionRecords records, Long recordingId) {
		return open(records.meeting().getId(), recordingId);
	}

	private MeetingRecording.Content open(Long meetingId, Long recordingId) {
		MeetingRecording recording = this.jdbc.query("""
				select id, meeting_id, filename, content_type, size_bytes, sha256, uploaded_at, uploaded_by
				from board_meeting_recording where id = ? and meeting_id = ?""", ROW, recordingId, meetingId)
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
		byte[] bytes = this.jdbc.queryForObject(
				"select bytes from board_meeting_recording_content where recording_id = ?", byte[].class, recordingId);
		this.audit.record("RECORDING_OPENED", MeetingService.ENTITY, meetingId,
				"Recording " + recording.filename() + " downloaded", null, "recording=" + recordingId);
		return new MeetingRecording.Content(recording, bytes);
	}

	static String filename(String original, RecordingKind kind) {
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints()
			.forEach(cp -> clean
				.appendCodePoint(Character.isISOControl(cp) || "<>:\"|?*;%".indexOf(cp) >= 0 ? '_' : cp));
		String base = clean.toString().strip();
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		while (base.startsWith(".")) {
			base = base.substring(1);
		}
		if (base.isBlank()) {
			base = "kayit";
		}
		if (base.length() > 150) {
			base = base.substring(0, 150);
		}
		return base + "." + kind.extension().toLowerCase(Locale.ROOT);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
