package tr.destek.document;

import java.time.Instant;

/**
 * A stored document without its bytes: what lists and access checks need.
 *
 * @param id the document's identifier
 * @param enterpriseId the enterprise the document belongs to ({@code null} for staff
 * documents); callers check access with it
 * @param ownerType the kind of record the document is attached to, e.g.
 * {@code KosgebApplication}
 * @param ownerId that record's identifier
 * @param category what the document is, e.g. {@code MATURITY_REPORT}
 * @param filename the sanitised file name, safe to show and to download with
 * @param contentType the type sniffed from the content ({@code application/pdf},
 * {@code image/png} or {@code image/jpeg})
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content, lower-case hex
 * @param uploadedAt when it was stored
 * @param uploadedBy who stored it (e-mail of the signed-in user, or {@code system})
 */
public record DocumentRef(Long id, Long enterpriseId, String ownerType, String ownerId, String category,
		String filename, String contentType, long size, String sha256, Instant uploadedAt, String uploadedBy) {

	/** A readable rendering for the audit trail. */
	String describe() {
		return "owner=" + this.ownerType + "#" + this.ownerId + ", enterpriseId=" + this.enterpriseId + ", category="
				+ this.category + ", filename=" + this.filename + ", type=" + this.contentType + ", size=" + this.size
				+ ", sha256=" + this.sha256;
	}

}
