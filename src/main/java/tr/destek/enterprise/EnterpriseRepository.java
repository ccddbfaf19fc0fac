package tr.destek.enterprise;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Enterprises by id or tax number. */
interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

	Optional<Enterprise> findByTaxNumber(String taxNumber);

	boolean existsByTaxNumber(String taxNumber);

}
