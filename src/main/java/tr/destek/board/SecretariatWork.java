package tr.destek.board;

import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.appeal.AppealService;

/**
 * What waits for the board secretariat on its home page (issue 10, point 8): files ready
 * for the board and not yet on an agenda (MADDE 10(1), 12(1)), appeals forwarded by the
 * units and not yet on a commission's agenda (MADDE 13(2), 13(6)), agendas not sent yet,
 * and decision forms prepared and not yet registered (MADDE 12(9), 13(9)). One query a
 * count; the forwarded appeals come from the appeal module.
 */
@Service
public class SecretariatWork {

	private final JdbcTemplate jdbc;

	private final AppealService appeals;

	private final MeetingRepository meetings;

	SecretariatWork(JdbcTemplate jdbc, AppealService appeals, MeetingRepository meetings) {
		this.jdbc = jdbc;
		this.appeals = appeals;
		this.meetings = meetings;
	}

	@Transactional(readOnly = true)
	public Summary summary() {
		long ready = count("""
				select count(*) from kosgeb_application a where a.status = 'READY_FOR_BOARD'
				  and not exists (select 1 from board_agenda_item i join board_meeting m on m.id = i.meeting_id
				    where i.application_id = a.id and m.status = 'SCHEDULED')
				""");
		// the appeal module's forwarded appeals, not its table (issue 11 point 4)
		Set<Long> onOpenAgendas = this.meetings.subjectsOnOpenAgendas(AppealCommissionService.AGENDA_SOURCE);
		long appeals = this.appeals.forwarded()
			.stream()
			.filter(appeal -> !onOpenAgendas.contains(appeal.getSubjectId()))
			.count();
		long unsent = count("select count(*) from board_meeting where status = 'SCHEDULED'");
		long toRegister = count("select count(*) from board_decision where registry_number is null")
				+ count("select count(*) from board_appeal_decision where registry_number is null");
		return new Summary(ready, appeals, unsent, toRegister);
	}

	private long count(String sql) {
		Long found = this.jdbc.queryForObject(sql, Long.class);
		return (found != null) ? found : 0;
	}

	/**
	 * @param readyForAgenda files ready for the board on no agenda yet
	 * @param appealsForAgenda forwarded appeals on no agenda yet
	 * @param agendasNotSent meetings whose agenda was not sent
	 * @param formsToRegister decision forms prepared and not yet registered
	 */
	public record Summary(long readyForAgenda, long appealsForAgenda, long agendasNotSent, long formsToRegister) {
	}

}
