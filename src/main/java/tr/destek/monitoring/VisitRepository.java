package tr.destek.monitoring;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, Long> {

	List<Visit> findByCaseIdOrderByVisitDateDescIdDesc(Long caseId);

}
