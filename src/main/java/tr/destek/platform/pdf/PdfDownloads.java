package tr.destek.platform.pdf;

import tr.destek.platform.ContentDispositions;

import java.text.Normalizer;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The response that lets a user download a PDF the controller has already authorised:
 * {@code Content-Type: application/pdf}, {@code Content-Disposition: attachment} with an
 * ASCII fallback name and the exact (Turkish) name as RFC 5987 {@code filename*},
 * {@code X-Content-Type-Options: nosniff} and {@code Cache-Control: private, no-store}
 * because forms are personal.
 */
public final class PdfDownloads {

	static final String FALLBACK_NAME = "belge.pdf";

	private PdfDownloads() {
	}

	/**
	 * The PDF as a download.
	 * @param pdf the PDF
	 * @param filename the name to save it under; may contain Turkish letters, is cleaned
	 * of folders and characters that have no place in a file name, and gets {@code .pdf}
	 */
	public static ResponseEntity<byte[]> attachment(byte[] pdf, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(pdf.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(pdf);
	}

	/**
	 * {@code attachment; filename="ASCII"; filename*=UTF-8''percent-encoded} (RFC 6266,
	 * 5987).
	 */
	static String contentDisposition(String filename) {
		String name = clean(filename);
		return ContentDispositions.attachment(name);
	}

	/**
	 * The last path segment, NFC, without control or reserved characters, ending in .pdf.
	 */
	static String clean(String filename) {
		String name = (filename != null) ? Normalizer.normalize(filename, Normalizer.Form.NFC) : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder cleaned = new StringBuilder(name.length());
		name.codePoints().forEach(cp -> {
			if (Character.isISOControl(cp) || "<>:\"|?*;%".indexOf(cp) >= 0
					|| Character.getType(cp) == Character.FORMAT) {
				cleaned.append('_');
			}
			else {
				cleaned.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
			}
		});
		name = cleaned.toString().replaceAll(" {2,}", " ").strip();
		while (name.startsWith(".")) {
			name = name.substring(1).strip();
		}
		if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
			name = name.substring(0, name.length() - 4).strip();
		}
		if (name.isEmpty()) {
			return FALLBACK_NAME;
		}
		if (name.length() > 150) {
			name = name.substring(0, name.offsetByCodePoints(0, name.codePointCount(0, 150))).strip();
		}
		return name + ".pdf";
	}

}
