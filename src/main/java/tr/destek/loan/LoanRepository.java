package tr.destek.loan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface LoanRepository extends JpaRepository<Loan, Long> {

	List<Loan> findByApplicationIdOrderByIdAsc(Long applicationId);

	/**
	 * Locks the application's loans so that two allocations are checked one after the
	 * other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Loan l where l.applicationId = ?1 order by l.id")
	List<Loan> lockByApplicationId(Long applicationId);

	@Query("select l from Loan l where l.applicationId = ?1 and l.status = tr.destek.loan.LoanStatus.DISBURSED "
			+ "order by l.disbursementDate, l.id")
	List<Loan> findDisbursedForApplication(Long applicationId);

	List<Loan> findByBankCodeOrderByIdDesc(String bankCode);

	Optional<Loan> findByIdAndBankCode(Long id, String bankCode);

	List<Loan> findByProvinceCodeAndStatusInOrderByAllocationSubmittedAtAsc(Short provinceCode,
			Collection<LoanStatus> statuses);

	List<Loan> findByEnterpriseIdOrderByIdAsc(Long enterpriseId);

}
