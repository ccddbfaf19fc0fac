package tr.destek.board;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends DecisionRecordRepository<Decision> {

	@Query("select distinct d from Decision d left join fetch d.items left join fetch d.approvals where d.registryNumber is null order by d.preparedAt")
	List<Decision> findUnregistered();

	@Query("select d from Decision d where d.applicationId = ?1 and d.registryNumber is not null order by d.registeredAt")
	List<Decision> findRegisteredForApplication(Long applicationId);

	@Query("select d from Decision d where d.subjectSource = ?1 and d.applicationId = ?2 and d.registryNumber is not null order by d.registeredAt")
	List<Decision> findRegisteredForSubject(String source, Long subjectId);

	@Query("select count(d) > 0 from Decision d where d.subjectSource = ?1 and d.applicationId = ?2 and d.startsProgramme = true")
	boolean programmeStarted(String source, Long subjectId);

	@Query(value = "select nextval('board_decision_registry_seq')", nativeQuery = true)
	long nextRegistryNumber();

	/**
	 * Of the given applications, those a registered decision sent back for correction
	 * (MADDE 10(5)).
	 */
	@Query("select distinct d.applicationId from Decision d where d.subjectSource = ?1 and d.applicationId in ?2 and d.registryNumber is not null and d.outcome = tr.destek.board.ItemOutcome.CORRECTION_REQUESTED")
	List<Long> findReturningAfterCorrection(String source, Collection<Long> subjectIds);

	/** Registered decisions on an application with their items, in one query. */
	@Query("select distinct d from Decision d left join fetch d.items where d.subjectSource = ?1 and d.applicationId = ?2 and d.registryNumber is not null order by d.registeredAt")
	List<Decision> findRegisteredWithItems(String source, Long subjectId);

}
