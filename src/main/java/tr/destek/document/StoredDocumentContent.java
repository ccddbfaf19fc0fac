package tr.destek.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one document, read only when it is downloaded. */
@Entity
@Table(name = "document_content")
class StoredDocumentContent {

	@Id
	@Column(name = "document_id")
	private Long documentId;

	@Column(nullable = false)
	private byte[] bytes;

	protected StoredDocumentContent() {
	}

	StoredDocumentContent(Long documentId, byte[] bytes) {
		this.documentId = documentId;
		this.bytes = bytes;
	}

	byte[] getBytes() {
		return this.bytes;
	}

}
