package tr.destek.board;

import org.springframework.stereotype.Component;

import tr.destek.platform.NotFoundException;

/**
 * A meeting changed under its board's row lock, so two people changing agendas at once
 * cannot pass the daily limit of MADDE 12(8) together.
 */
@Component
class MeetingLocks {

	private final MeetingRepository meetings;

	private final BoardRepository boards;

	MeetingLocks(MeetingRepository meetings, BoardRepository boards) {
		this.meetings = meetings;
		this.boards = boards;
	}

	/** The meeting, after its board's row is locked. */
	Meeting lock(Long meetingId) {
		Long boardId = this.meetings.boardIdOf(meetingId).orElseThrow(NotFoundException::new);
		this.boards.lockById(boardId);
		return this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
	}

	/** Writes the meeting's changes now, before they are audited. */
	void flush() {
		this.meetings.flush();
	}

}
