package tr.destek.board;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** The decision forms of one decision body, one per agenda item. */
@NoRepositoryBean
interface DecisionRecordRepository<D extends DecisionRecord> extends JpaRepository<D, Long> {

	Optional<D> findByItemId(Long itemId);

	/**
	 * The form, its row locked until the transaction ends, so that changes made at the
	 * same moment (members' approvals) are made one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from #{#entityName} d where d.id = ?1")
	Optional<D> lockById(Long id);

}
