package tr.destek.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download whose name may hold Turkish letters:
 * {@code attachment; filename="ASCII fallback"; filename*=UTF-8''percent-encoded} (RFC
 * 6266, RFC 5987). The caller cleans the name first (no folders, no control characters).
 */
public final class ContentDispositions {

	private ContentDispositions() {
	}

	public static String attachment(String filename) {
		return "attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + rfc5987(filename);
	}

	/** Turkish letters spelt without diacritics, anything else outside ASCII as '_'. */
	public static String asciiFallback(String filename) {
		String mapped = filename.replace('ı', 'i')
			.replace('İ', 'I')
			.replace('ş', 's')
			.replace('Ş', 'S')
			.replace('ğ', 'g')
			.replace('Ğ', 'G');
		String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		StringBuilder ascii = new StringBuilder(decomposed.length());
		for (char c : decomposed.toCharArray()) {
			ascii.append((c >= 0x20 && c < 0x7F && c != '"' && c != '\\') ? c : '_');
		}
		return ascii.toString();
	}

	/** Percent-encodes every byte that is not an RFC 5987 attr-char. */
	public static String rfc5987(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 3);
		for (byte b : bytes) {
			if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
					|| "!#$&+-.^_`|~".indexOf(b) >= 0) {
				out.write(b);
			}
			else {
				out.write('%');
				out.write(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
				out.write(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
			}
		}
		return out.toString(StandardCharsets.US_ASCII);
	}

}
