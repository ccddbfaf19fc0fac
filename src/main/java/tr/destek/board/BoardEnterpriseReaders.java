package tr.destek.board;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.enterprise.EnterpriseReaders;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;

/**
 * The boards read an enterprise whose application is on one of their agendas: the
 * secretariat (which runs every board's agendas) once the application is on any agenda; a
 * board or appeal commission member under the rule of the file itself (MADDE 12(1),
 * 18(10), FRM.34.00.04): the agenda was sent, he signed the commitment for that meeting
 * and sits for the item (not conflicted, or its substitute).
 */
@Component
class BoardEnterpriseReaders implements EnterpriseReaders {

	private final AgendaSubjectPorts subjects;

	private final MeetingRepository meetings;

	BoardEnterpriseReaders(AgendaSubjectPorts subjects, MeetingRepository meetings) {
		this.subjects = subjects;
		this.meetings = meetings;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayRead(DestekUser viewer, Long enterpriseId) {
		boolean secretariat = viewer.hasRole(Role.BOARD_SECRETARIAT);
		boolean member = viewer.hasRole(Role.BOARD_MEMBER) || viewer.hasRole(Role.APPEAL_COMMISSION_MEMBER);
		if (!secretariat && !member) {
			return false;
		}
		for (AgendaSubjects port : this.subjects.all()) {
			Long subjectId = port.subjectOf(enterpriseId).orElse(null);
			if (subjectId == null) {
				continue;
			}
			SubjectRef ref = new SubjectRef(port.source(), subjectId);
			List<Meeting> onAgenda = this.meetings.findWithSubject(ref.source(), ref.id());
			if (secretariat && !onAgenda.isEmpty()) {
				return true;
			}
			if (member && onAgenda.stream().anyMatch(m -> sitsFor(m, ref, viewer.getId()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean sitsFor(Meeting meeting, SubjectRef ref, Long userId) {
		if (meeting.getStatus() == MeetingStatus.SCHEDULED || !meeting.isParticipant(userId)
				|| !meeting.hasSigned(userId)) {
			return false;
		}
		return meeting.getItems()
			.stream()
			.filter(i -> i.isAbout(ref))
			.anyMatch(i -> i.sittingMembers(meeting.boardMembers()).contains(userId));
	}

}
