package tr.destek.document;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names from users made safe: no folders, no control or reserved characters, a
 * sensible length, and an extension that matches the content. For downloads, a
 * {@code Content-Disposition} with an ASCII fallback and the exact (Turkish) name as RFC
 * 5987 {@code filename*}.
 */
final class FileNames {

	static final int MAX_LENGTH = 150;

	static final String FALLBACK_NAME = "belge";

	private FileNames() {
	}

	/** A storable file name for content of the given kind. */
	static String sanitise(String original, ContentKind kind) {
		String name = (original != null) ? original : "";
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		// only the last path segment: "C:\\Users\\x\\rapor.pdf" or "../../rapor.pdf"
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder cleaned = new StringBuilder(name.length());
		name.codePoints().forEach(cp -> {
			if (Character.isISOControl(cp) || "<>:\"|?*;%".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT
					|| Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE) {
				cleaned.append('_');
			}
			else if (Character.isWhitespace(cp)) {
				cleaned.append(' ');
			}
			else {
				cleaned.appendCodePoint(cp);
			}
		});
		name = cleaned.toString().replaceAll(" {2,}", " ").strip();
		name = stripLeadingAndTrailingDots(name);
		String base = name;
		String extension = "";
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			base = name.substring(0, dot);
			extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
		}
		if (!kind.usesExtension(extension)) {
			// the name says something else than the content: keep the name, add the truth
			base = name;
			extension = kind.extension();
		}
		base = stripLeadingAndTrailingDots(base.strip());
		if (base.isEmpty()) {
			base = FALLBACK_NAME;
		}
		int room = MAX_LENGTH - extension.length() - 1;
		if (base.codePointCount(0, base.length()) > room) {
			base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
		}
		return base + "." + extension;
	}

	/**
	 * The name the user chose, as shown back in a refusal message: the last path segment,
	 * without control characters, at most {@value #MAX_LENGTH} characters.
	 */
	static String forMessage(String original) {
		if (original == null || original.isBlank()) {
			return FALLBACK_NAME;
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		name = name.codePoints()
			.map(cp -> Character.isISOControl(cp) ? '_' : cp)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (name.isEmpty()) {
			return FALLBACK_NAME;
		}
		return (name.length() > MAX_LENGTH) ? name.substring(0, MAX_LENGTH) + "…" : name;
	}

	/**
	 * {@code attachment; filename="ASCII fallback"; filename*=UTF-8''percent-encoded}
	 * (RFC 6266 and RFC 5987), for a name made by {@link #sanitise}.
	 */
	static String attachmentDisposition(String filename) {
		return tr.destek.platform.ContentDispositions.attachment(filename);
	}

	private static String stripLeadingAndTrailingDots(String value) {
		int start = 0;
		int end = value.length();
		while (start < end && (value.charAt(start) == '.' || value.charAt(start) == ' ')) {
			start++;
		}
		while (end > start && (value.charAt(end - 1) == '.' || value.charAt(end - 1) == ' ')) {
			end--;
		}
		return value.substring(start, end);
	}

}
