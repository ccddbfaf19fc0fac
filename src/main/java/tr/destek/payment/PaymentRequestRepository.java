package tr.destek.payment;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PaymentRequestRepository extends JpaRepository<PaymentRequest, Long> {

	@Query("select distinct r from PaymentRequest r left join fetch r.invoices where r.id = ?1")
	Optional<PaymentRequest> findWithInvoices(Long id);

	@Query("select r from PaymentRequest r where r.applicationId = ?1 order by r.loanId, r.quarterNumber")
	List<PaymentRequest> findForApplication(Long applicationId);

	boolean existsByLoanIdAndQuarterNumber(Long loanId, int quarterNumber);

	/**
	 * Locks a request so that two decisions on it are taken one after the other: the
	 * second reads what the first saved.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from PaymentRequest r where r.id = ?1")
	Optional<PaymentRequest> lockById(Long id);

	@Query("select r from PaymentRequest r where r.provinceCode = ?1 and r.status in ?2 order by r.submittedAt")
	List<PaymentRequest> findInProvince(Short provinceCode, List<PaymentRequestStatus> statuses);

	@Query(value = "select nextval('payment_request_registry_seq')", nativeQuery = true)
	long nextRegistryNumber();

}
