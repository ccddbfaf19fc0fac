package tr.destek.board;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

	/** The criteria of the set in force on a day, in order. */
	@Query("""
			select c from Criterion c where c.setVersion = (
			  select max(x.setVersion) from Criterion x where x.validFrom = (
			    select max(y.validFrom) from Criterion y where y.validFrom <= ?1))
			order by c.position""")
	List<Criterion> findInForce(LocalDate day);

}
