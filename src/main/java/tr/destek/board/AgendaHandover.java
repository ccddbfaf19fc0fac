package tr.destek.board;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands the subjects of an agenda being sent over to their owners, in the sending
 * transaction: an appeal must still be forwarded and moves onto the commission's agenda
 * (MADDE 13(6)); a programme's subject must still be ready, and the programme moves its
 * file on {@link SubjectPutOnAgenda} (MADDE 12(1)). Any refusal undoes the sending.
 */
@Component
class AgendaHandover {

	private final CommissionAppeals appeals;

	private final AgendaSubjectPorts subjects;

	private final ApplicationEventPublisher events;

	AgendaHandover(CommissionAppeals appeals, AgendaSubjectPorts subjects, ApplicationEventPublisher events) {
		this.appeals = appeals;
		this.subjects = subjects;
		this.events = events;
	}

	void handOver(Meeting meeting) {
		for (AgendaItem item : meeting.getItems()) {
			if (item.getKind() == AgendaItemKind.APPEAL) {
				// MADDE 13(6): the commission's agenda; the appeal must still be
				// forwarded
				if (!this.appeals.forwarded(item.getSubjectRef())) {
					throw new BoardRuleException("appeal.commission.error.not-forwarded", item.getSubject());
				}
				this.appeals.putOnAgenda(item.getSubjectRef(), meeting.getBoard().getName());
			}
			else if (item.getSubjectRef() != null) {
				AgendaSubject subject = this.subjects.find(item);
				if (!subject.ready()) {
					throw new BoardRuleException("board.error.agenda.not-ready", subject.reference());
				}
				// the programme moves its file in the same transaction (MADDE 12(1))
				this.events
					.publishEvent(new SubjectPutOnAgenda(subject.ref(), meeting.getId(), meeting.getBoard().getName()));
			}
		}
	}

}
