package tr.destek.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document's metadata row. It deliberately has no field for the bytes (they are in
 * {@link StoredDocumentContent}), so no list or lookup can load them by accident.
 */
@Entity
@Table(name = "document")
class StoredDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id")
	private Long enterpriseId;

	@Column(name = "owner_type", nullable = false)
	private String ownerType;

	@Column(name = "owner_id", nullable = false)
	private String ownerId;

	@Column(nullable = false)
	private String category;

	@Column(nullable = false)
	private String filename;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	protected StoredDocument() {
	}

	StoredDocument(Long enterpriseId, String ownerType, String ownerId, String category, String filename,
			String contentType, long size, String sha256, Instant uploadedAt, String uploadedBy) {
		this.enterpriseId = enterpriseId;
		this.ownerType = ownerType;
		this.ownerId = ownerId;
		this.category = category;
		this.filename = filename;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	Long getId() {
		return this.id;
	}

	DocumentRef toRef() {
		return new DocumentRef(this.id, this.enterpriseId, this.ownerType, this.ownerId, this.category, this.filename,
				this.contentType, this.size, this.sha256, this.uploadedAt, this.uploadedBy);
	}

}
