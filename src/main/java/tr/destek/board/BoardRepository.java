package tr.destek.board;

import java.util.List;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BoardRepository extends JpaRepository<Board, Long> {

	@Query("select count(b) > 0 from Board b where lower(b.name) = lower(?1)")
	boolean nameTaken(String name);

	/**
	 * Locks the board so that agenda changes of its meetings happen one at a time (MADDE
	 * 12(8)).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from Board b where b.id = ?1")
	Optional<Board> lockById(Long id);

	@Query("select distinct b from Board b join b.seats s where s.userId = ?1 and s.endedAt is null order by b.name")
	List<Board> findSittingMember(Long userId);

}
