package tr.destek.document;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {

	@Query("select d from StoredDocument d where d.ownerType = ?1 and d.ownerId = ?2 order by d.uploadedAt desc, d.id desc")
	List<StoredDocument> findByOwner(String ownerType, String ownerId);

	@Query("select d from StoredDocument d where d.ownerType = ?1 and d.ownerId in ?2 order by d.uploadedAt desc, d.id desc")
	List<StoredDocument> findByOwners(String ownerType, Collection<String> ownerIds);

}
