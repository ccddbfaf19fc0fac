package tr.destek.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Read and append only: no update or delete methods are exposed. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	@Query("""
			select e from AuditEntry e
			where (:entityType is null or e.entityType = :entityType)
			  and (:actor is null or lower(e.actor) like lower(concat('%', cast(:actor as string), '%')))
			""")
	Page<AuditEntry> search(@Param("entityType") String entityType, @Param("actor") String actor, Pageable pageable);

	List<AuditEntry> findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(String entityType, String entityId);

}
