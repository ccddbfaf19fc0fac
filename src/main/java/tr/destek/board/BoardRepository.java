package tr.destek.board;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BoardRepository extends JpaRepository<Board, Long> {

	@Query("select count(b) > 0 from Board b where lower(b.name) = lower(?1)")
	boolean nameTaken(String name);

	@Query("select distinct b from Board b join b.seats s where s.userId = ?1 and s.endedAt is null order by b.name")
	List<Board> findSittingMember(Long userId);

}
