package tr.destek.board;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, Long> {

	Optional<Decision> findByItemId(Long itemId);

	@Query("select d from Decision d where d.registryNumber is null order by d.preparedAt")
	List<Decision> findUnregistered();

	@Query("select d from Decision d where d.applicationId = ?1 and d.registryNumber is not null order by d.registeredAt")
	List<Decision> findRegisteredForApplication(Long applicationId);

	@Query("select count(d) > 0 from Decision d where d.applicationId = ?1 and d.startsProgramme = true")
	boolean programmeStarted(Long applicationId);

	@Query(value = "select nextval('board_decision_registry_seq')", nativeQuery = true)
	long nextRegistryNumber();

}
