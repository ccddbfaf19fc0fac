package tr.destek.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TerminationRepository extends JpaRepository<Termination, Long> {

	Optional<Termination> findByCaseId(Long caseId);

	List<Termination> findByCaseIdIn(Collection<Long> caseIds);

}
