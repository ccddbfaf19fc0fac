package tr.destek.board;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for a board or appeal commission member on his home page (issue 10, point
 * 8): meetings whose agenda was sent to him and whose confidentiality commitment
 * (FRM.34.00.04, MADDE 11(1)) he has not signed, items he sits for without a vote yet
 * (MADDE 12(6)), and decision forms (FRM.34.00.05) waiting for his e-approval (MADDE
 * 12(9)). Who sits is read from the participation fixed when the agenda was sent; a
 * conflicted member (MADDE 18(10)) does not vote on or approve that item.
 */
@Service
public class MemberWork {

	private static final String SITS_FOR_ITEM = """
			(exists (select 1 from board_participation p where p.meeting_id = i.meeting_id and p.item_id is null
			   and p.user_id = ?)
			 or exists (select 1 from board_participation p where p.item_id = i.id and p.user_id = ?))
			and not exists (select 1 from board_item_conflict c where c.item_id = i.id and c.user_id = ?)
			""";

	private final JdbcTemplate jdbc;

	MemberWork(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Summary of(Long memberId) {
		List<MeetingToSign> toSign = this.jdbc.query(
				"""
						select m.id, m.meeting_date, b.name from board_meeting m join board b on b.id = m.board_id
						where m.status = 'AGENDA_SENT'
						  and exists (select 1 from board_participation p where p.meeting_id = m.id and p.user_id = ?)
						  and not exists (select 1 from board_commitment_signature s where s.meeting_id = m.id and s.user_id = ?)
						order by m.meeting_date, m.id
						""",
				(rs, n) -> new MeetingToSign(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3)), memberId,
				memberId);
		Long votes = this.jdbc.queryForObject("""
				select count(*) from board_agenda_item i join board_meeting m on m.id = i.meeting_id
				where m.status = 'AGENDA_SENT' and i.application_id is not null
				  and not exists (select 1 from board_vote v where v.item_id = i.id and v.user_id = ?)
				  and not exists (select 1 from board_appeal_vote v where v.item_id = i.id and v.user_id = ?)
				  and not exists (select 1 from board_decision d where d.item_id = i.id)
				  and not exists (select 1 from board_appeal_decision d where d.item_id = i.id)
				  and\s""" + SITS_FOR_ITEM, Long.class, memberId, memberId, memberId, memberId, memberId);
		Long approvals = this.jdbc.queryForObject("""
				select count(*) from board_decision d join board_agenda_item i on i.id = d.item_id
				where d.registry_number is null
				  and not exists (select 1 from board_decision_approval a where a.decision_id = d.id and a.user_id = ?)
				  and\s""" + SITS_FOR_ITEM, Long.class, memberId, memberId, memberId, memberId);
		// the appeal commission's İtiraz Karar Formu (FRM.34.00.07, MADDE 13(9))
		Long appealApprovals = this.jdbc.queryForObject("""
				select count(*) from board_appeal_decision d join board_agenda_item i on i.id = d.item_id
				where d.registry_number is null
				  and not exists (select 1 from board_appeal_decision_approval a where a.decision_id = d.id
				    and a.user_id = ?)
				  and\s""" + SITS_FOR_ITEM, Long.class, memberId, memberId, memberId, memberId);
		return new Summary(toSign, (votes != null) ? votes : 0,
				((approvals != null) ? approvals : 0) + ((appealApprovals != null) ? appealApprovals : 0));
	}

	/**
	 * @param toSign meetings sent to him without his FRM.34.00.04 signature
	 * @param votesWaiting items of sent agendas he sits for and has not voted on
	 * @param approvalsWaiting prepared decision forms waiting for his e-approval
	 */
	public record Summary(List<MeetingToSign> toSign, long votesWaiting, long approvalsWaiting) {

		public Summary {
			toSign = List.copyOf(toSign);
		}

	}

	public record MeetingToSign(Long meetingId, LocalDate meetingDate, String boardName) {
	}

}
