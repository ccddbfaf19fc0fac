package tr.destek.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SampleRepository extends JpaRepository<Sample, Long> {

	Optional<Sample> findByCaseId(Long caseId);

	List<Sample> findByCaseIdIn(Collection<Long> caseIds);

	/** Cases that may still be drawn: not terminated and not drawn yet. */
	@Query("select c.id from MonitoringCase c where c.status <> tr.destek.monitoring.CaseStatus.TERMINATED and c.programmeEnd < ?1 and not exists (select s.id from Sample s where s.caseId = c.id) order by c.id")
	List<Long> findUndrawnCases(java.time.LocalDate today);

}
