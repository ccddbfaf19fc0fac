package tr.destek.board;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The audio and video formats a meeting recording may have (MADDE 12(12)), recognised by
 * the file's first bytes, never by its name or the browser's Content-Type: MP4/M4A (ISO
 * base media, "ftyp"), WebM/Matroska, Ogg, WAV and MP3.
 */
enum RecordingKind {

	MP4_VIDEO("video/mp4", "mp4"), MP4_AUDIO("audio/mp4", "m4a"), WEBM("video/webm", "webm"), OGG("audio/ogg", "ogg"),
	WAV("audio/wav", "wav"), MP3("audio/mpeg", "mp3");

	private final String mediaType;

	private final String extension;

	RecordingKind(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	String mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

	static Optional<RecordingKind> sniff(byte[] bytes) {
		if (bytes == null || bytes.length < 12) {
			return Optional.empty();
		}
		if (ascii(bytes, 4, 4).equals("ftyp")) {
			String brand = ascii(bytes, 8, 4);
			return Optional.of(brand.startsWith("M4A") ? MP4_AUDIO : MP4_VIDEO);
		}
		if ((bytes[0] & 0xFF) == 0x1A && (bytes[1] & 0xFF) == 0x45 && (bytes[2] & 0xFF) == 0xDF
				&& (bytes[3] & 0xFF) == 0xA3) {
			return Optional.of(WEBM);
		}
		if (ascii(bytes, 0, 4).equals("OggS")) {
			return Optional.of(OGG);
		}
		if (ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WAVE")) {
			return Optional.of(WAV);
		}
		if (ascii(bytes, 0, 3).equals("ID3")
				|| ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0 && (bytes[1] & 0x06) != 0)) {
			return Optional.of(MP3);
		}
		return Optional.empty();
	}

	private static String ascii(byte[] bytes, int from, int length) {
		return new String(Arrays.copyOfRange(bytes, from, from + length), StandardCharsets.ISO_8859_1);
	}

}
