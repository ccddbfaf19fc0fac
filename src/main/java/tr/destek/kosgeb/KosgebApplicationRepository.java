package tr.destek.kosgeb;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface KosgebApplicationRepository extends JpaRepository<KosgebApplication, Long> {

	Optional<KosgebApplication> findByEnterpriseId(Long enterpriseId);

	/**
	 * The application, its row locked until the transaction ends (an appeal is filed
	 * once, MADDE 13(1)).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from KosgebApplication a where a.id = ?1")
	Optional<KosgebApplication> lockById(Long id);

	/** The id of the enterprise's application, without loading it. */
	@Query("select a.id from KosgebApplication a where a.enterpriseId = ?1")
	Optional<Long> findIdByEnterpriseId(Long enterpriseId);

	boolean existsByEnterpriseId(Long enterpriseId);

	@Query(value = "select nextval('kosgeb_application_number_seq')", nativeQuery = true)
	long nextNumber();

	@Query("select a from KosgebApplication a where a.status = tr.destek.kosgeb.ApplicationStatus.READY_FOR_BOARD order by a.decision.decidedAt, a.id")
	List<KosgebApplication> findReadyForBoard();

	/** The given applications with their expense items, in one query. */
	@Query("select distinct a from KosgebApplication a left join fetch a.expenseItems where a.id in ?1")
	List<KosgebApplication> findWithExpenseItems(Collection<Long> ids);

	@Query("select a.id from KosgebApplication a where a.status = tr.destek.kosgeb.ApplicationStatus.CORRECTION_REQUESTED and a.correction.correctionDeadline < ?1")
	List<Long> findExpiredCorrections(Instant now);

	@Query("select a.id from KosgebApplication a where a.status = tr.destek.kosgeb.ApplicationStatus.BOARD_CORRECTION_REQUESTED and a.correction.correctionDeadline < ?1")
	List<Long> findExpiredBoardCorrections(Instant now);

	@Query("select new tr.destek.kosgeb.ApplicationStatusRow(a.id, a.status) from KosgebApplication a where a.id in ?1")
	List<ApplicationStatusRow> findStatuses(java.util.Collection<Long> ids);

}
