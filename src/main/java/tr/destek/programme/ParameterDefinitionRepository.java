package tr.destek.programme;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ParameterDefinitionRepository extends JpaRepository<ParameterDefinition, ParameterDefinition.Id> {

	List<ParameterDefinition> findAllByOrderByScopeAscKeyAsc();

	/**
	 * The definition, locked until the transaction ends, so that two versions of one
	 * parameter are never added at the same time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from ParameterDefinition d where d.scope = :scope and d.key = :key")
	Optional<ParameterDefinition> findForUpdate(String scope, String key);

}
