package tr.destek.appeal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppealRepository extends JpaRepository<Appeal, Long> {

	Optional<Appeal> findBySubjectSourceAndSubjectId(String subjectSource, Long subjectId);

	@Query("select a from Appeal a where a.status in :statuses and a.provinceCode = :province order by a.submittedAt")
	List<Appeal> findForUnit(Short province, Collection<AppealStatus> statuses);

	@Query("select a from Appeal a where a.status = tr.destek.appeal.AppealStatus.FORWARDED order by a.forwardedAt")
	List<Appeal> findForwarded();

	List<Appeal> findBySubjectSourceAndSubjectIdIn(String subjectSource, Collection<Long> subjectIds);

	List<Appeal> findByEnterpriseIdOrderBySubmittedAt(Long enterpriseId);

}
