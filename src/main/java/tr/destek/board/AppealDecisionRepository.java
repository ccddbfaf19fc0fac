package tr.destek.board;

import java.util.List;

import org.springframework.data.jpa.repository.Query;

interface AppealDecisionRepository extends DecisionRecordRepository<AppealDecision> {

	@Query("select distinct d from AppealDecision d left join fetch d.approvals where d.registryNumber is null order by d.preparedAt")
	List<AppealDecision> findUnregistered();

	@Query("select distinct d from AppealDecision d left join fetch d.approvals where d.applicationId = ?1 and d.registryNumber is not null order by d.registeredAt desc")
	List<AppealDecision> findRegisteredForApplication(Long applicationId);

	@Query(value = "select nextval('board_appeal_decision_registry_seq')", nativeQuery = true)
	long nextRegistryNumber();

}
