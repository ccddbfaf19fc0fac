package tr.destek.enterprise;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Enterprises by id or tax number. */
interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

	/** The enterprise that holds the tax number (not one that released it). */
	@Query("select e from Enterprise e where e.registration.taxNumber = ?1 and e.registration.taxNumberReleasedAt is null")
	Optional<Enterprise> findByTaxNumber(String taxNumber);

	@Query("select count(e) > 0 from Enterprise e where e.registration.taxNumber = ?1 and e.registration.taxNumberReleasedAt is null")
	boolean existsByTaxNumber(String taxNumber);

}
