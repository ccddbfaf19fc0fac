package tr.destek.document;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredDocumentContentRepository extends JpaRepository<StoredDocumentContent, Long> {

}
