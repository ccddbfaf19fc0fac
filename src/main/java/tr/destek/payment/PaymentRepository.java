package tr.destek.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentRepository extends JpaRepository<Payment, Long> {

	@Query("select distinct p from Payment p left join fetch p.items where p.applicationId = ?1 "
			+ "order by p.loanId, p.quarterNumber")
	List<Payment> findForApplication(Long applicationId);

	/**
	 * The approved payments of an application without their items (the ledger's view).
	 */
	@Query("select p from Payment p where p.applicationId = ?1 order by p.approvedOn, p.id")
	List<Payment> findPaidForApplication(Long applicationId);

	@Query("select distinct p from Payment p left join fetch p.items where p.requestId = ?1")
	Optional<Payment> findForRequest(Long requestId);

	/**
	 * The ledger: approved payments by province (all when null) and approval date range.
	 */
	@Query("select p from Payment p where p.provinceCode = ?1 and p.approvedOn >= ?2 and p.approvedOn <= ?3 "
			+ "order by p.approvedOn, p.id")
	List<Payment> findLedger(Short provinceCode, LocalDate from, LocalDate to);

	/** The ledger of every province. */
	@Query("select p from Payment p where p.approvedOn >= ?1 and p.approvedOn <= ?2 order by p.approvedOn, p.id")
	List<Payment> findLedger(LocalDate from, LocalDate to);

}
