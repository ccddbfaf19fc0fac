package tr.destek.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	/**
	 * Locks a meeting so that a member's once-only acts on it (his signature, his
	 * conflict declaration) are taken one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Meeting m where m.id = ?1")
	Optional<Meeting> lockById(Long id);

	@Query("select m.board.id from Meeting m where m.id = ?1")
	Optional<Long> boardIdOf(Long meetingId);

	@Query("select m from Meeting m where m.board.id = ?1 order by m.startsAt desc")
	List<Meeting> findByBoard(Long boardId);

	/**
	 * Meetings whose agenda was sent that the user takes part in as recorded when the
	 * agenda was sent (a seat) or later (an item's substitute), latest first; a seat won
	 * on the board afterwards does not reach them.
	 */
	@Query("""
			select m from Meeting m where m.status <> tr.destek.board.MeetingStatus.SCHEDULED
			  and exists (select p from MeetingParticipation p where p.meeting = m and p.userId = ?1)
			order by m.startsAt desc""")
	List<Meeting> findForParticipant(Long userId);

	/** New applications on a board's agendas of one day (MADDE 12(8)). */
	@Query("select count(i) from AgendaItem i join i.meeting m where m.board.id = ?1 and m.meetingDate = ?2 and i.kind = tr.destek.board.AgendaItemKind.NEW_APPLICATION")
	long countNewApplications(Long boardId, LocalDate day);

	/** The meetings with the subject on their agenda (any status). */
	@Query("select distinct m from Meeting m join m.items i where i.subjectSource = ?1 and i.applicationId = ?2")
	List<Meeting> findWithSubject(String source, Long subjectId);

	/** Whether the subject already sits on an agenda not yet sent. */
	@Query("select count(i) > 0 from AgendaItem i join i.meeting m where i.subjectSource = ?1 and i.applicationId = ?2 and m.status = tr.destek.board.MeetingStatus.SCHEDULED")
	boolean onOpenAgenda(String source, Long subjectId);

	/**
	 * The subjects of a source sitting on an agenda not yet sent (one query for a list
	 * page).
	 */
	@Query("select distinct i.applicationId from AgendaItem i join i.meeting m where i.subjectSource = ?1 and i.applicationId is not null and m.status = tr.destek.board.MeetingStatus.SCHEDULED")
	java.util.Set<Long> subjectsOnOpenAgendas(String source);

}
