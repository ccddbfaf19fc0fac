package tr.destek.payment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentRequestRepository extends JpaRepository<PaymentRequest, Long> {

	@Query("select distinct r from PaymentRequest r left join fetch r.invoices where r.id = ?1")
	Optional<PaymentRequest> findWithInvoices(Long id);

	@Query("select r from PaymentRequest r where r.applicationId = ?1 order by r.loanId, r.quarterNumber")
	List<PaymentRequest> findForApplication(Long applicationId);

	boolean existsByLoanIdAndQuarterNumber(Long loanId, int quarterNumber);

	@Query("select r from PaymentRequest r where r.provinceCode = ?1 and r.status in ?2 order by r.submittedAt")
	List<PaymentRequest> findInProvince(Short provinceCode, List<PaymentRequestStatus> statuses);

	@Query(value = "select nextval('payment_request_registry_seq')", nativeQuery = true)
	long nextRegistryNumber();

}
