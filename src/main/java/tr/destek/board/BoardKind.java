package tr.destek.board;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import tr.destek.identity.Role;

/**
 * What kind of decision body a board is. The kind decides the seats it must have and the
 * role its members hold; the mechanics (meetings, agendas, votes, decisions) are the
 * same.
 */
public enum BoardKind {

	/**
	 * The KOSGEB board: one KOSGEB staff member as chair and two independent evaluators;
	 * it meets only with all three (MADDE 11(1),(2)).
	 */
	BOARD(Role.BOARD_MEMBER, "MADDE 11(1)", Map.of(SeatRole.CHAIR, 1, SeatRole.INDEPENDENT_EVALUATOR, 2),
			"board.agenda-lead-days", "MADDE 12(1)", "board.max-new-applications-per-day"),
	/**
	 * The appeal commission: three members chaired by the head of department, full quorum
	 * (MADDE 13).
	 */
	APPEAL_COMMISSION(Role.APPEAL_COMMISSION_MEMBER, "MADDE 13", Map.of(SeatRole.CHAIR, 1, SeatRole.MEMBER, 2),
			"appeal.agenda-lead-days", "MADDE 13", null);

	private final Role memberRole;

	private final String article;

	private final Map<SeatRole, Integer> seats;

	private final String agendaLeadDaysKey;

	private final String agendaArticle;

	private final String maxNewPerDayKey;

	BoardKind(Role memberRole, String article, Map<SeatRole, Integer> seats, String agendaLeadDaysKey,
			String agendaArticle, String maxNewPerDayKey) {
		this.memberRole = memberRole;
		this.article = article;
		this.seats = Collections.unmodifiableMap(new EnumMap<>(seats));
		this.agendaLeadDaysKey = agendaLeadDaysKey;
		this.agendaArticle = agendaArticle;
		this.maxNewPerDayKey = maxNewPerDayKey;
	}

	/**
	 * The programme parameter (scope KOSGEB_DT) with the days the agenda reaches the
	 * members before the meeting: MADDE 12(1) for the board, MADDE 13 for appeals.
	 */
	public String agendaLeadDaysKey() {
		return this.agendaLeadDaysKey;
	}

	/** The article of the agenda notice. */
	public String agendaArticle() {
		return this.agendaArticle;
	}

	/**
	 * The parameter limiting new applications a day (MADDE 12(8)), or {@code null} when
	 * the body has no such limit.
	 */
	public String maxNewPerDayKey() {
		return this.maxNewPerDayKey;
	}

	/** The role a user needs to sit on a body of this kind. */
	public Role memberRole() {
		return this.memberRole;
	}

	/** The article that fixes the composition. */
	public String article() {
		return this.article;
	}

	/** How many seats of each role the body has. */
	public Map<SeatRole, Integer> seats() {
		return this.seats;
	}

	/** The number of members, which is also the quorum (all members must sit). */
	public int size() {
		return this.seats.values().stream().mapToInt(Integer::intValue).sum();
	}

	public String messageKey() {
		return "board.kind." + name();
	}

}
