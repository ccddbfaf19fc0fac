package tr.destek.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MonitoringCaseRepository extends JpaRepository<MonitoringCase, Long> {

	Optional<MonitoringCase> findByApplicationId(Long applicationId);

	/**
	 * Locks a case so that two decisions on it are taken one after the other: the second
	 * reads what the first saved.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from MonitoringCase c where c.id = ?1")
	Optional<MonitoringCase> lockById(Long id);

	/**
	 * Serialises the opening of one application's case until the transaction ends (a
	 * transaction-scoped advisory lock), so the decision's listener and a direct call
	 * never both insert it.
	 */
	@Query(value = "select cast(pg_advisory_xact_lock(34060, cast(?1 % 2147483647 as integer)) as text)",
			nativeQuery = true)
	String lockOpening(Long applicationId);

	@Query("select c.id from MonitoringCase c where c.status = tr.destek.monitoring.CaseStatus.ACTIVE and c.reportWindowOpens <= ?1 order by c.id")
	List<Long> findWindowOpening(LocalDate today);

	@Query("select c.id from MonitoringCase c where c.status = tr.destek.monitoring.CaseStatus.AWAITING_MATURITY_REPORT and c.noticeSentAt is null and c.reportDueAt < ?1 order by c.id")
	List<Long> findWindowPassed(Instant now);

	@Query("select c.id from MonitoringCase c where c.status = tr.destek.monitoring.CaseStatus.AWAITING_MATURITY_REPORT and c.extraDueAt < ?1 order by c.id")
	List<Long> findExtraPassed(Instant now);

	@Query("select c from MonitoringCase c where c.provinceCode = ?1 order by c.status, c.reportWindowOpens, c.id")
	List<MonitoringCase> findByProvince(Short provinceCode);

	@Query("select c from MonitoringCase c order by c.status, c.reportWindowOpens, c.id")
	List<MonitoringCase> findAllOrdered();

}
