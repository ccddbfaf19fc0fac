package tr.destek.kosgeb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tr.destek.board.BoardDecisionRegistered;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccountService;
import tr.destek.notification.Notifier;
import tr.destek.platform.DestekTime;

/**
 * A board registered its decision on a KOSGEB application (MADDE 12(9)): the application
 * becomes ACCEPTED, BOARD_REJECTED (with the last day of its once-only appeal, MADDE
 * 12(10), 13(1), or none after an accepted appeal, MADDE 13(10)(b)) or
 * BOARD_CORRECTION_REQUESTED (with its deadline, MADDE 10(5)); the applicant and the
 * application's unit (its responsible staff member and the unit managers of the province,
 * MADDE 12(9)) are notified.
 * <p>
 * Synchronous, inside the board's registering transaction (issue 11 point 1): the
 * decision and the file's new state commit together or not at all, and whoever reads the
 * file right after the registration finds it moved.
 */
@Component
class KosgebBoardDecisionListener {

	static final String APPLICANT_LINK = "/kosgeb/application";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);

	private final KosgebApplicationService applications;

	private final Notifier notifier;

	private final UserAccountService users;

	KosgebBoardDecisionListener(KosgebApplicationService applications, Notifier notifier, UserAccountService users) {
		this.applications = applications;
		this.notifier = notifier;
		this.users = users;
	}

	@EventListener
	void on(BoardDecisionRegistered event) {
		if (!KosgebAgendaSubjects.SOURCE.equals(event.subject().source())) {
			return;
		}
		KosgebApplication application = this.applications.recordBoardDecision(event.subject().id(),
				BoardOutcome.valueOf(event.outcome().name()), event.registryNumber(), event.reasons(),
				event.correctionDeadline(), event.appealLastDay());
		notifyApplicant(event, application);
		notifyUnit(event, application);
	}

	private void notifyApplicant(BoardDecisionRegistered event, KosgebApplication application) {
		String reference = application.getReference();
		String number = event.registryNumber();
		switch (event.outcome()) {
			case ACCEPTED ->
				this.notifier.notifyEnterprise(application.getEnterpriseId(), "board.notification.applicant.accepted",
						new Object[] { reference, number, event.supportBase() }, APPLICANT_LINK);
			case REJECTED -> this.notifier.notifyEnterprise(application.getEnterpriseId(),
					event.appealLastDay() == null ? "appeal.notification.board-rejected-final"
							: "board.notification.applicant.rejected",
					new Object[] { reference, number, event.reasons(),
							event.appealLastDay() == null ? "" : format(event.appealLastDay()) },
					APPLICANT_LINK);
			case CORRECTION_REQUESTED ->
				this.notifier.notifyEnterprise(application.getEnterpriseId(), "board.notification.applicant.correction",
						new Object[] { reference, number, event.reasons(), format(event.correctionDeadline()) },
						APPLICANT_LINK);
		}
	}

	/**
	 * MADDE 12(9): the decision also goes to the application's unit (Uygulama Birimi):
	 * its responsible staff member and the unit managers of the province, at
	 * registration.
	 */
	private void notifyUnit(BoardDecisionRegistered event, KosgebApplication application) {
		Set<Long> recipients = new LinkedHashSet<>();
		if (application.getAssignedStaffId() != null) {
			recipients.add(application.getAssignedStaffId());
		}
		this.users.staffOfProvince(Role.UNIT_MANAGER, application.getProvinceCode())
			.forEach(u -> recipients.add(u.getId()));
		Object[] args = { application.getReference(), event.registryNumber() };
		String link = "/kosgeb/control/" + application.getId();
		recipients.forEach(
				id -> this.notifier.notifyUser(id, "board.notification.unit." + event.outcome().name(), args, link));
	}

	private static String format(LocalDate date) {
		return DATE.format(date);
	}

	private static String format(Instant instant) {
		return DATE_TIME.format(instant.atZone(DestekTime.ZONE));
	}

}
