package tr.destek.document;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The file types accepted, recognised by their first bytes ("magic numbers"), never by
 * the file name or the Content-Type the browser sent.
 */
enum ContentKind {

	/** PDF: starts with {@code %PDF-}. */
	PDF("application/pdf", "pdf", Set.of("pdf"), new byte[] { '%', 'P', 'D', 'F', '-' }),

	/** PNG: the eight-byte PNG signature. */
	PNG("image/png", "png", Set.of("png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),

	/** JPEG: starts with the SOI marker and the start of another marker. */
	JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg", "jpe"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	private final String mediaType;

	private final String extension;

	private final Set<String> extensions;

	private final byte[] signature;

	ContentKind(String mediaType, String extension, Set<String> extensions, byte[] signature) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.extensions = extensions;
		this.signature = signature;
	}

	String mediaType() {
		return this.mediaType;
	}

	/** The usual file name extension, without the dot. */
	String extension() {
		return this.extension;
	}

	boolean usesExtension(String candidate) {
		return this.extensions.contains(candidate);
	}

	static Optional<ContentKind> sniff(byte[] content) {
		return Arrays.stream(values()).filter(kind -> kind.matches(content)).findFirst();
	}

	private boolean matches(byte[] content) {
		if (content.length < this.signature.length) {
			return false;
		}
		for (int i = 0; i < this.signature.length; i++) {
			if (content[i] != this.signature[i]) {
				return false;
			}
		}
		return true;
	}

}
