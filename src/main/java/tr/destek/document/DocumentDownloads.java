package tr.destek.document;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The response a controller returns to let a user download a document it has already
 * authorised:
 *
 * <pre class="code">
 * &#64;GetMapping("/enterprise/applications/{id}/documents/{documentId}")
 * ResponseEntity&lt;byte[]&gt; download(...) {
 *     DocumentRef ref = documents.find(documentId).filter(this::mayRead).orElseThrow(NotFoundException::new);
 *     return DocumentDownloads.response(documents.open(ref.id()).orElseThrow(NotFoundException::new));
 * }
 * </pre>
 *
 * Headers: the sniffed {@code Content-Type}; {@code Content-Disposition: attachment} with
 * the sanitised name (RFC 5987 {@code filename*} keeps Turkish letters);
 * {@code X-Content-Type-Options: nosniff}; a sandboxing {@code Content-Security-Policy};
 * and {@code Cache-Control: private, no-store} because documents are personal.
 */
public final class DocumentDownloads {

	private DocumentDownloads() {
	}

	public static ResponseEntity<byte[]> response(DocumentContent content) {
		DocumentRef ref = content.ref();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ref.contentType()))
			.contentLength(content.bytes().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(ref))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(content.bytes());
	}

	/** {@code attachment; filename="..."; filename*=UTF-8''...} for the document. */
	public static String contentDisposition(DocumentRef ref) {
		return FileNames.attachmentDisposition(ref.filename());
	}

}
