package tr.destek.kosgeb;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ControlCheckRepository extends JpaRepository<ControlCheck, Long> {

	List<ControlCheck> findByApplicationIdOrderById(Long applicationId);

}
