package tr.destek.document;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditTrail;

/**
 * The document module's API: store an upload after checking it, list, open and remove
 * documents. It does not decide who may see a document: callers check access with
 * {@link DocumentRef#enterpriseId()} and the owner before calling {@link #open}.
 */
@Service
public class DocumentStore {

	static final String ENTITY_TYPE = "Document";

	private static final BigDecimal BYTES_PER_MB = BigDecimal.valueOf(1024L * 1024L);

	private final StoredDocumentRepository documents;

	private final StoredDocumentContentRepository contents;

	private final EntityManager entityManager;

	private final AuditTrail audit;

	private final Clock clock;

	private final DataSize maxSize;

	DocumentStore(StoredDocumentRepository documents, StoredDocumentContentRepository contents,
			EntityManager entityManager, AuditTrail audit, Clock clock,
			@Value("${destek.documents.max-size:10MB}") DataSize maxSize) {
		this.documents = documents;
		this.contents = contents;
		this.entityManager = entityManager;
		this.audit = audit;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	/**
	 * Checks and stores a file.
	 * @param enterpriseId the enterprise the document belongs to, {@code null} for staff
	 * documents
	 * @param ownerType the kind of record it is attached to, e.g.
	 * {@code KosgebApplication}
	 * @param ownerId that record's identifier
	 * @param category what the document is, e.g. {@code MATURITY_REPORT}
	 * @param originalFilename the name the user's file had (sanitised before storing)
	 * @param content the bytes
	 * @return the stored document
	 * @throws DocumentRejectedException when the file is empty, larger than
	 * {@code destek.documents.max-size}, or not a PDF, PNG or JPEG by its content
	 */
	@Transactional
	public DocumentRef store(Long enterpriseId, String ownerType, String ownerId, String category,
			String originalFilename, byte[] content) {
		requireText(ownerType, "ownerType");
		requireText(ownerId, "ownerId");
		requireText(category, "category");
		String shownName = FileNames.forMessage(originalFilename);
		if (content == null || content.length == 0) {
			throw new DocumentRejectedException("document.rejected.empty", shownName);
		}
		checkSize(content.length);
		ContentKind kind = ContentKind.sniff(content)
			.orElseThrow(() -> new DocumentRejectedException("document.rejected.type", shownName));
		String filename = FileNames.sanitise(originalFilename, kind);
		StoredDocument document = new StoredDocument(enterpriseId, ownerType, ownerId, category, filename,
				kind.mediaType(), content.length, sha256(content), Instant.now(this.clock), AuditTrail.currentActor());
		this.documents.saveAndFlush(document);
		this.entityManager.persist(new StoredDocumentContent(document.getId(), content.clone()));
		DocumentRef ref = document.toRef();
		this.audit.record("DOCUMENT_STORED", ENTITY_TYPE, ref.id(),
				"Document stored for " + ownerType + " " + ownerId + ": " + filename, null, ref.describe());
		return ref;
	}

	/**
	 * Checks and stores an uploaded file, with the same checks as
	 * {@link #store(Long, String, String, String, String, byte[])}. The browser's
	 * Content-Type is ignored.
	 */
	@Transactional
	public DocumentRef store(Long enterpriseId, String ownerType, String ownerId, String category, MultipartFile file) {
		String originalFilename = (file != null) ? file.getOriginalFilename() : null;
		String shownName = FileNames.forMessage(originalFilename);
		if (file == null || file.isEmpty()) {
			throw new DocumentRejectedException("document.rejected.empty", shownName);
		}
		checkSize(file.getSize());
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw new DocumentRejectedException("document.rejected.unreadable", shownName);
		}
		return store(enterpriseId, ownerType, ownerId, category, originalFilename, content);
	}

	/** The documents of one record, newest first, without their bytes. */
	@Transactional(readOnly = true)
	public List<DocumentRef> list(String ownerType, String ownerId) {
		return this.documents.findByOwner(ownerType, ownerId).stream().map(StoredDocument::toRef).toList();
	}

	/**
	 * The documents of many records in one query, for list pages: every requested owner
	 * id is a key (with an empty list when it has none); each list is newest first.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<DocumentRef>> listAll(String ownerType, Collection<String> ownerIds) {
		Set<String> ids = new LinkedHashSet<>(ownerIds);
		Map<String, List<DocumentRef>> result = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		Map<String, List<DocumentRef>> found = this.documents.findByOwners(ownerType, ids)
			.stream()
			.map(StoredDocument::toRef)
			.collect(Collectors.groupingBy(DocumentRef::ownerId, LinkedHashMap::new, Collectors.toList()));
		for (String id : ids) {
			result.put(id, List.copyOf(found.getOrDefault(id, List.of())));
		}
		return result;
	}

	/**
	 * A document with its bytes. The caller checks first that the signed-in user may see
	 * it (by {@link DocumentRef#enterpriseId()} and owner, e.g. via {@link #find}).
	 */
	@Transactional(readOnly = true)
	public Optional<DocumentContent> open(Long documentId) {
		if (documentId == null) {
			return Optional.empty();
		}
		return this.documents.findById(documentId)
			.flatMap(document -> this.contents.findById(documentId)
				.map(content -> new DocumentContent(document.toRef(), content.getBytes())));
	}

	/** A document without its bytes. */
	@Transactional(readOnly = true)
	public Optional<DocumentRef> find(Long documentId) {
		if (documentId == null) {
			return Optional.empty();
		}
		return this.documents.findById(documentId).map(StoredDocument::toRef);
	}

	/**
	 * Removes a document and its bytes, recorded in the audit trail. The caller decides
	 * whether the signed-in user may. Removing a document that does not exist does
	 * nothing.
	 */
	@Transactional
	public void remove(Long documentId) {
		this.documents.findById(documentId).ifPresent(document -> {
			DocumentRef ref = document.toRef();
			this.contents.deleteById(documentId);
			this.documents.delete(document);
			this.audit.record("DOCUMENT_REMOVED", ENTITY_TYPE, ref.id(),
					"Document removed from " + ref.ownerType() + " " + ref.ownerId() + ": " + ref.filename(),
					ref.describe(), null);
		});
	}

	/** The largest file accepted, in bytes ({@code destek.documents.max-size}). */
	public long maxSizeBytes() {
		return this.maxSize.toBytes();
	}

	private void checkSize(long size) {
		if (size > this.maxSize.toBytes()) {
			throw new DocumentRejectedException("document.rejected.too-large", megabytes(this.maxSize.toBytes()),
					megabytes(size));
		}
	}

	/** Megabytes with one decimal, rounded up so that "10,0 MB" is never too large. */
	static BigDecimal megabytes(long bytes) {
		BigDecimal mb = BigDecimal.valueOf(bytes).divide(BYTES_PER_MB, 1, RoundingMode.UP);
		return mb.stripTrailingZeros().scale() <= 0 ? mb.setScale(0, RoundingMode.UNNECESSARY) : mb;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

}
