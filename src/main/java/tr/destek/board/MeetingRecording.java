package tr.destek.board;

import java.time.Instant;

/**
 * A recording attached to a held meeting (MADDE 12(12)), without its bytes.
 *
 * @param sha256 the content's SHA-256, so a copy can be checked against the record
 */
public record MeetingRecording(Long id, Long meetingId, String filename, String contentType, long size, String sha256,
		Instant uploadedAt, String uploadedBy) {

	/** The recording with its bytes, for a download. */
	public record Content(MeetingRecording recording, byte[] bytes) {
	}

}
