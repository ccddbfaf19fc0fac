package tr.destek.board;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

	/** Locks an item so that votes on it are counted one at a time and none is lost. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from AgendaItem i where i.id = ?1")
	Optional<AgendaItem> lockById(Long id);

}
