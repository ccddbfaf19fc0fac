package tr.destek.programme;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParameterDefinitionRepository extends JpaRepository<ParameterDefinition, ParameterDefinition.Id> {

	List<ParameterDefinition> findAllByOrderByScopeAscKeyAsc();

}
