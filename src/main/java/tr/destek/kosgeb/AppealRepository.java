package tr.destek.kosgeb;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppealRepository extends JpaRepository<Appeal, Long> {

	Optional<Appeal> findByApplicationId(Long applicationId);

	@Query("select a from Appeal a where a.status in :statuses and a.applicationId in "
			+ "(select k.id from KosgebApplication k where k.provinceCode = :province) order by a.submittedAt")
	List<Appeal> findForUnit(Short province, Collection<AppealStatus> statuses);

	@Query("select a from Appeal a where a.status = tr.destek.kosgeb.AppealStatus.FORWARDED order by a.forwardedAt")
	List<Appeal> findForwarded();

	List<Appeal> findByApplicationIdIn(Collection<Long> applicationIds);

}
