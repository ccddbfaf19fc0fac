package tr.destek.board;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.appeal.AppealWindow;
import tr.destek.audit.AuditTrail;
import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ProgrammeParameters;

/**
 * Decisions (MADDE 12(9),(10), 6(5)): once all members voted on an item the secretariat
 * prepares the Kurul Karar Formu (FRM.34.00.05); every member who sat for the item
 * e-approves it; the secretariat registers it with a registry number and date and
 * publishes {@link BoardDecisionRegistered}: the subject's programme moves its file (for
 * KOSGEB to ACCEPTED, BOARD_REJECTED or BOARD_CORRECTION_REQUESTED) and notifies its
 * applicant. A rejection carries the once-only appeal right and its last day
 * ({@code appeal.window-days}, MADDE 12(10), 13(1)); a correction gives
 * {@code correction.window-days} (MADDE 10(5)). The first registered decision to support
 * a subject starts its programme period (MADDE 6(5)).
 */
@Service
public class DecisionService {

	/** The audit entity type of decisions. */
	public static final String ENTITY = "BoardDecision";

	static final String CORRECTION_WINDOW_DAYS = "correction.window-days";

	private final DecisionRepository decisions;

	private final MeetingRepository meetings;

	private final VotingService voting;

	private final AgendaSubjectPorts subjects;

	private final DeadlineCalendar calendar;

	private final ProgrammeParameters parameters;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final DecisionMechanics mechanics;

	private final AgendaItemRepository items;

	private final AppealWindow appealWindow;

	DecisionService(DecisionRepository decisions, MeetingRepository meetings, VotingService voting,
			AgendaSubjectPorts subjects, DeadlineCalendar calendar, ProgrammeParameters parameters,
			ApplicationEventPublisher events, AuditTrail audit, Clock clock, DecisionMechanics mechanics,
			AgendaItemRepository items, AppealWindow appealWindow) {
		this.items = items;
		this.appealWindow = appealWindow;
		this.decisions = decisions;
		this.meetings = meetings;
		this.voting = voting;
		this.subjects = subjects;
		this.calendar = calendar;
		this.parameters = parameters;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.mechanics = mechanics;
	}

	/**
	 * Writes the Kurul Karar Formu of an item whose votes are complete: the majority's
	 * outcome, for an acceptance the approved items and the support base (refused when
	 * outside MADDE 7(7)/6(2)), and the reasons of the members who formed the decision
	 * (all three when there was no majority).
	 */
	@Transactional
	public Decision prepare(Long meetingId, Long itemId) {
		// one form per item (MADDE 12(9)): the item row is locked, so a second
		// preparation at the same instant waits and then finds the first
		this.items.lockById(itemId).orElseThrow(NotFoundException::new);
		if (this.decisions.findByItemId(itemId).isPresent()) {
			throw new BoardRuleException("board.error.decision.prepared");
		}
		ItemResult result = this.voting.resultForSecretariat(meetingId, itemId);
		if (!result.complete()) {
			throw new BoardRuleException("board.error.decision.votes-missing", result.votesCast(), result.quorum());
		}
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		AgendaItem item = meeting.item(itemId);
		AgendaSubject subject = this.subjects.find(item);
		List<DecidedExpenseItem> decided = new ArrayList<>();
		if (result.base() != null) {
			for (DecidableItem expense : subject.items()) {
				BigDecimal accepted = result.base().approvedItems().get(expense.id());
				if (accepted != null) {
					decided.add(new DecidedExpenseItem(expense.id(), expense.position(), expense.description(),
							expense.requested(), accepted));
				}
			}
		}
		Decision decision = this.decisions.save(new Decision(itemId, meetingId, subject.ref(), result.tally(),
				result.base(), decided, reasons(result), Instant.now(this.clock), AuditTrail.currentActor()));
		this.audit.record("DECISION_PREPARED", ENTITY, decision.getId(),
				"Kurul Karar Formu prepared for " + item.getSubject() + " (MADDE 12(9))", null, decision.describe());
		this.mechanics.askForApproval(meeting, item, "board.notification.decision-to-approve",
				"/board/member/decisions/" + decision.getId());
		return decision;
	}

	private static String reasons(ItemResult result) {
		VoteDecision formed = switch (result.tally().outcome()) {
			case ACCEPTED -> VoteDecision.ACCEPT;
			case REJECTED -> VoteDecision.REJECT;
			case CORRECTION_REQUESTED -> VoteDecision.REQUEST_CORRECTION;
		};
		return result.visibleVotes()
			.stream()
			.filter(v -> !result.tally().majority() || v.getDecision() == formed)
			.map(Vote::getReason)
			.collect(Collectors.joining("\n"));
	}

	/** A member who sat for the item e-approves the decision form (MADDE 12(9)). */
	@Transactional
	public Decision approve(Long decisionId, Long memberId) {
		return this.mechanics.approve(this.decisions, decisionId, memberId, "DECISION_APPROVED", ENTITY,
				"Kurul Karar Formu");
	}

	/**
	 * Registers the decision (evrak kaydı, MADDE 12(9)) once every sitting member
	 * approved it and publishes {@link BoardDecisionRegistered} in this transaction: the
	 * subject's programme moves its file and notifies its applicant in a synchronous
	 * listener, so the decision and the file's new state commit together or not at all.
	 */
	@Transactional
	public Decision register(Long decisionId) {
		// registered once (MADDE 12(9)): the form's row is locked, so a second
		// registration at the same instant waits and then finds it registered
		Decision decision = this.decisions.lockById(decisionId).orElseThrow(NotFoundException::new);
		String before = decision.describe();
		LocalDate today = DestekTime.today(this.clock);
		// MADDE 6(5): the first registered decision to support the application starts the
		// programme
		SubjectRef ref = decision.getSubjectRef();
		boolean startsProgramme = decision.getOutcome() == ItemOutcome.ACCEPTED
				&& !this.decisions.programmeStarted(ref.source(), ref.id());
		LocalDate appealLastDay = null;
		Instant correctionDeadline = null;
		if (decision.getOutcome() == ItemOutcome.REJECTED && this.subjects.find(ref).appealable()) {
			// MADDE 12(10), 13(1): once, within 15 days of the notification (sent now);
			// none after an accepted appeal: the new rejection is final (MADDE 13(10)(b))
			// the appeal module owns the window (issue 11, point 5)
			appealLastDay = this.appealWindow.lastDay(ParameterScope.KOSGEB_DT, today);
		}
		else if (decision.getOutcome() == ItemOutcome.CORRECTION_REQUESTED) {
			// MADDE 10(5): 7 days to correct
			correctionDeadline = this.calendar
				.deadline(today, days(CORRECTION_WINDOW_DAYS, today), PeriodUnit.DAYS, Delivery.ELECTRONIC)
				.endInstant();
		}
		Registration registration = this.mechanics.registration(decision, Decision.REGISTRY_PREFIX,
				this.decisions.nextRegistryNumber());
		String number = registration.number();
		decision.register(registration, startsProgramme, appealLastDay, correctionDeadline);
		this.decisions.flush();
		Meeting meeting = this.meetings.findById(decision.getMeetingId()).orElseThrow(NotFoundException::new);
		this.events.publishEvent(new BoardDecisionRegistered(decision.getId(), ref, decision.getOutcome(), number,
				decision.getRegistryDate(), decision.getSupportBase(), startsProgramme, meeting.getBoard().getName(),
				meeting.getMeetingDate(),
				decision.getItems()
					.stream()
					.map(i -> new BoardDecisionRegistered.DecidedAmount(i.getExpenseItemId(), i.getRequested(),
							i.getAccepted()))
					.toList(),
				decision.getReasons(), appealLastDay, correctionDeadline));
		this.audit.record("DECISION_REGISTERED", ENTITY, decisionId,
				"Registered as " + number + (startsProgramme ? "; programme starts (MADDE 6(5))" : ""), before,
				decision.describe());
		return decision;
	}

	private int days(String key, LocalDate today) {
		return this.parameters.integer(ParameterScope.KOSGEB_DT, key, today);
	}

	/** Decisions prepared and not yet registered, oldest first. */
	@Transactional(readOnly = true)
	public List<Decision> toRegister() {
		List<Decision> found = this.decisions.findUnregistered();
		found.forEach(Decision::approvals);
		return found;
	}

	@Transactional(readOnly = true)
	public Decision find(Long decisionId) {
		Decision decision = this.decisions.findById(decisionId).orElseThrow(NotFoundException::new);
		decision.approvals();
		return decision;
	}

	/**
	 * The members the Kurul Karar Formu names, in seat order: those who sat for its item,
	 * and once registered those whose e-approvals it records, so a registered form never
	 * changes (MADDE 12(9)).
	 */
	@Transactional(readOnly = true)
	public List<Long> formMembers(Decision decision) {
		return this.mechanics
			.formMembers(this.decisions.findById(decision.getId()).orElseThrow(NotFoundException::new));
	}

	@Transactional(readOnly = true)
	public Optional<Decision> forItem(Long itemId) {
		Optional<Decision> decision = this.decisions.findByItemId(itemId);
		decision.ifPresent(Decision::approvals);
		return decision;
	}

	/**
	 * The registered decisions on an application, as the applicant sees them: outcome,
	 * approved items, support base, reasons and deadlines; never the members' individual
	 * votes or scores.
	 */
	@Transactional(readOnly = true)
	public List<Decision> registeredFor(Long applicationId) {
		return this.decisions.findRegisteredForApplication(applicationId);
	}

	/**
	 * The registered decisions on a subject with their items, oldest first, as its
	 * applicant may read them (MADDE 12(9),(10), 10(5)); never votes or scores of single
	 * members (MADDE 12(11)).
	 */
	@Transactional(readOnly = true)
	public List<Decision> registeredFor(SubjectRef subject) {
		return this.decisions.findRegisteredWithItems(subject.source(), subject.id());
	}

	/**
	 * The start of the application's programme period: the registry date of its first
	 * registered decision to support it (MADDE 6(5)).
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> programmeStart(Long applicationId) {
		return this.decisions.findRegisteredForApplication(applicationId)
			.stream()
			.filter(Decision::isStartsProgramme)
			.map(Decision::getRegistryDate)
			.findFirst();
	}

	/**
	 * Of the given subjects, those that return to an agenda after a correction the board
	 * asked for (MADDE 10(5)); one query per programme for a whole list.
	 */
	@Transactional(readOnly = true)
	public Set<SubjectRef> returning(Collection<SubjectRef> refs) {
		Set<SubjectRef> returning = new HashSet<>();
		refs.stream()
			.collect(Collectors.groupingBy(SubjectRef::source,
					Collectors.mapping(SubjectRef::id, Collectors.<Long>toList())))
			.forEach((source, ids) -> returningAfterCorrection(source, ids)
				.forEach(id -> returning.add(new SubjectRef(source, id))));
		return returning;
	}

	/**
	 * Of the given applications of the one programme that brings subjects today, those
	 * that return to an agenda after a correction the board asked for (MADDE 10(5)).
	 */
	@Transactional(readOnly = true)
	public Set<Long> returningAfterCorrection(Collection<Long> applicationIds) {
		return returningAfterCorrection(this.subjects.single().source(), applicationIds);
	}

	/**
	 * Of the given subjects of a source, those that return to an agenda after a
	 * correction the board asked for (MADDE 10(5)); one query for a whole list.
	 */
	@Transactional(readOnly = true)
	public Set<Long> returningAfterCorrection(String source, Collection<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.decisions.findReturningAfterCorrection(source, subjectIds));
	}

}
