package tr.destek.board;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;

/**
 * Finds the members whose TCKN is among the declared persons (owners, partners, employees
 * and their relatives) of an enterprise on the agenda, and records the conflict for that
 * item (MADDE 18(10)).
 */
@Component
class ConflictDetection {

	private final UserAccountService users;

	private final AgendaSubjectPorts subjects;

	private final MeetingLocks locks;

	private final AuditTrail audit;

	ConflictDetection(UserAccountService users, AgendaSubjectPorts subjects, MeetingLocks locks, AuditTrail audit) {
		this.users = users;
		this.subjects = subjects;
		this.locks = locks;
		this.audit = audit;
	}

	void detect(Meeting meeting, Instant now) {
		List<UserAccount> members = meeting.boardMembers()
			.stream()
			.map(id -> this.users.find(id).orElseThrow())
			.filter(u -> u.getTckn() != null)
			.toList();
		if (members.isEmpty()) {
			return;
		}
		for (AgendaItem item : meeting.getItems()) {
			if (item.getSubjectRef() == null) {
				continue;
			}
			AgendaSubject subject = this.subjects.find(item);
			for (UserAccount member : members) {
				if (subject.isRelated(member.getTckn())
						&& item.recordConflict(member.getId(), ConflictSource.DETECTED, null, now, AuditTrail.SYSTEM)) {
					this.audit.recordAs(AuditTrail.SYSTEM, "CONFLICT_DETECTED", MeetingService.ENTITY, meeting.getId(),
							"Member " + member.getId() + " is a declared person of the enterprise of item "
									+ item.getSubject() + " (MADDE 18(10))",
							null, null);
				}
			}
		}
		this.locks.flush();
	}

}
