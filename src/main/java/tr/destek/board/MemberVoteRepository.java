package tr.destek.board;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The votes of one decision body's members, per agenda item. */
@NoRepositoryBean
interface MemberVoteRepository<V extends MemberVote> extends JpaRepository<V, Long> {

	List<V> findByItemIdOrderByCastAtAscIdAsc(Long itemId);

	boolean existsByItemIdAndUserId(Long itemId, Long userId);

}
