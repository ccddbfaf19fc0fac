package tr.destek.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Versions are only added and read. */
interface ParameterVersionRepository extends Repository<ParameterVersion, Long> {

	ParameterVersion save(ParameterVersion version);

	Optional<ParameterVersion> findFirstByScopeAndKeyAndValidFromLessThanEqualOrderByValidFromDesc(String scope,
			String key, LocalDate asOf);

	List<ParameterVersion> findByScopeAndKeyOrderByValidFromDesc(String scope, String key);

	@Query("select v from ParameterVersion v order by v.scope, v.key, v.validFrom desc")
	List<ParameterVersion> findAllOrdered();

}
