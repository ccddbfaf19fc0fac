package tr.destek.appeal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.notification.Notifier;
import tr.destek.platform.NotFoundException;

/**
 * The signal of an overdue forwarding (MADDE 13(2), 18(15)): the unit managers are told
 * once; the appeal stays workable. Run by {@link AppealSlaEscalationJob}.
 */
@Component
class AppealForwardingEscalation {

	private final AppealRepository repository;

	private final AppealService appeals;

	private final UserAccountService users;

	private final Notifier notifier;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AppealForwardingEscalation(AppealRepository repository, AppealService appeals, UserAccountService users,
			Notifier notifier, AuditTrail audit, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
		this.repository = repository;
		this.appeals = appeals;
		this.users = users;
		this.notifier = notifier;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appeals the unit did not forward by their due time (MADDE 13(2)) and whose managers
	 * were not told yet, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Long> forwardingOverdueNotEscalated() {
		return this.jdbc.queryForList("""
				select id from appeal
				where status = 'SUBMITTED' and forwarding_due_at < ? and forwarding_escalated_at is null
				order by forwarding_due_at, id
				""", Long.class, java.sql.Timestamp.from(Instant.now(this.clock)));
	}

	/**
	 * Tells the unit managers once that an appeal's 15-day forwarding time is over (MADDE
	 * 13(2)); the appeal stays workable — a standard processing time never blocks (MADDE
	 * 18(15)).
	 * @return whether the managers were told now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean escalateForwardingOverdue(Long appealId) {
		Instant now = Instant.now(this.clock);
		int updated = this.jdbc.update("""
				update appeal set forwarding_escalated_at = ?
				where id = ? and status = 'SUBMITTED' and forwarding_due_at < ? and forwarding_escalated_at is null
				""", java.sql.Timestamp.from(now), appealId, java.sql.Timestamp.from(now));
		if (updated == 0) {
			return false;
		}
		Appeal appeal = this.repository.findById(appealId).orElseThrow(NotFoundException::new);
		this.audit.recordAs(AuditTrail.SYSTEM, "APPEAL_FORWARDING_OVERDUE", Appeal.ENTITY, appealId,
				"Appeal not forwarded by " + AppealService.formatDue(appeal.getForwardingDueAt())
						+ "; unit managers notified (MADDE 13(2), 18(15))",
				null, null);
		this.events.publishEvent(new AppealForwardingOverdue(appealId, appeal.getSubjectSource(), appeal.getSubjectId(),
				appeal.getForwardingDueAt(), appeal.describe()));
		for (UserAccount manager : this.users.staffOfProvince(Role.UNIT_MANAGER, appeal.getProvinceCode())) {
			this.notifier.notifyUser(manager.getId(), "appeal.notification.overdue",
					new Object[] { appeal.getReference(), AppealService.formatDue(appeal.getForwardingDueAt()) },
					this.appeals.port(appeal.getSubjectSource()).unitPath(appeal.getId()));
		}
		return true;
	}

}
