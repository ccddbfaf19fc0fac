package tr.destek.board;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppealVoteRepository extends JpaRepository<AppealVote, Long> {

	List<AppealVote> findByItemIdOrderByCastAtAscIdAsc(Long itemId);

	boolean existsByItemIdAndUserId(Long itemId, Long userId);

}
