package tr.destek.document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files chosen on a form that failed validation (issue #10): instead of silently dropping
 * them, the form keeps them as uploads owned by the signed-in user and shows "kept:
 * x.pdf" with a hidden reference; the next submit of the same form uses them. A reference
 * of another user or another form is ignored. Kept uploads are never served for download;
 * they are discarded when the form succeeds, and a user's kept uploads of a form older
 * than a day are discarded when he keeps a new one.
 */
@Service
public class KeptUploads {

	/** The owner type of kept uploads. */
	public static final String OWNER = "KeptUpload";

	static final Duration STALE = Duration.ofDays(1);

	private final DocumentStore documents;

	private final Clock clock;

	KeptUploads(DocumentStore documents, Clock clock) {
		this.documents = documents;
		this.clock = clock;
	}

	/**
	 * Keeps a chosen file for the user's next submit of the form, with the same checks as
	 * any upload.
	 * @param enterpriseId the user's enterprise ({@code null} for staff)
	 * @param userId the signed-in user
	 * @param form the form, e.g. {@code payment-invoice}
	 * @return the kept upload, or empty when no file was chosen
	 * @throws DocumentRejectedException when the file is refused (it is not kept)
	 */
	@Transactional
	public Optional<DocumentRef> keep(Long enterpriseId, Long userId, String form, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return Optional.empty();
		}
		Instant staleBefore = Instant.now(this.clock).minus(STALE);
		this.documents.list(OWNER, owner(userId))
			.stream()
			.filter(d -> d.category().equals(form) && d.uploadedAt().isBefore(staleBefore))
			.forEach(d -> this.documents.remove(d.id()));
		return Optional.of(this.documents.store(enterpriseId, OWNER, owner(userId), form, file));
	}

	/** The user's kept uploads of the form among the given references; others ignored. */
	@Transactional(readOnly = true)
	public List<DocumentRef> find(Long userId, String form, Collection<Long> ids) {
		List<DocumentRef> found = new ArrayList<>();
		if (ids == null) {
			return found;
		}
		for (Long id : ids) {
			this.documents.find(id)
				.filter(d -> OWNER.equals(d.ownerType()) && owner(userId).equals(d.ownerId())
						&& form.equals(d.category()))
				.filter(d -> found.stream().noneMatch(f -> f.id().equals(d.id())))
				.ifPresent(found::add);
		}
		return found;
	}

	/** The user's kept upload as a file to submit again, or empty. */
	@Transactional(readOnly = true)
	public Optional<MultipartFile> file(Long userId, String form, Long id) {
		if (id == null) {
			return Optional.empty();
		}
		return find(userId, form, List.of(id)).stream()
			.findFirst()
			.flatMap(d -> this.documents.open(d.id()))
			.map(KeptFile::new);
	}

	/** Discards the user's kept uploads of the form (after the form succeeded). */
	@Transactional
	public void discard(Long userId, String form) {
		this.documents.list(OWNER, owner(userId))
			.stream()
			.filter(d -> d.category().equals(form))
			.forEach(d -> this.documents.remove(d.id()));
	}

	private static String owner(Long userId) {
		return "user-" + userId;
	}

}
