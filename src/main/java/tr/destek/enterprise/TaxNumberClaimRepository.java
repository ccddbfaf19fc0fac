package tr.destek.enterprise;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaxNumberClaimRepository extends JpaRepository<TaxNumberClaim, Long> {

	List<TaxNumberClaim> findByStatusOrderByCreatedAt(TaxNumberClaim.Status status);

	List<TaxNumberClaim> findTop50ByStatusNotOrderByDecidedAtDesc(TaxNumberClaim.Status status);

}
