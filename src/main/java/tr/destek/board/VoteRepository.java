package tr.destek.board;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<Vote, Long> {

	List<Vote> findByItemIdOrderByCastAtAscIdAsc(Long itemId);

	boolean existsByItemIdAndUserId(Long itemId, Long userId);

}
