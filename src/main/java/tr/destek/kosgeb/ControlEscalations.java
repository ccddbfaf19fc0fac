package tr.destek.kosgeb;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;

/**
 * The control's clocks (scheduled work, one file per transaction): a correction not made
 * in time is deemed rejected (MADDE 9(3)); a control period that ran out is reported to
 * the unit managers once, without blocking the file (MADDE 9(1), 18(15)).
 */
@Service
public class ControlEscalations {

	private final KosgebApplicationRepository applications;

	private final UserAccountService users;

	private final ControlNotices notices;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ControlEscalations(KosgebApplicationRepository applications, UserAccountService users, ControlNotices notices,
			AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
		this.applications = applications;
		this.users = users;
		this.notices = notices;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Rejects one application whose correction deadline has passed (MADDE 9(3)), in its
	 * own transaction; the enterprise is told why. Does nothing when it is no longer due
	 * (corrected meanwhile, or already rejected).
	 * @return whether it was rejected now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean expireCorrection(Long applicationId) {
		KosgebApplication application = this.applications.findById(applicationId).orElse(null);
		if (application == null) {
			return false;
		}
		String before = application.describe();
		if (!application.expireCorrection(Instant.now(this.clock), this.notices.expiredCorrectionReason())) {
			return false;
		}
		String deadline = ControlNotices.format(application.getCorrectionDeadline());
		this.audit.recordAs(AuditTrail.SYSTEM, "KOSGEB_CORRECTION_EXPIRED", ApplicationControlService.ENTITY,
				application.getId(), "Correction not made by " + deadline + ": deemed rejected (MADDE 9(3))", before,
				application.describe());
		this.notices.toApplicant(application, "kosgeb-control.notify.applicant.expired", application.getReference(),
				deadline);
		if (application.getAssignedStaffId() != null) {
			this.notices.toStaff(application.getAssignedStaffId(), application, "kosgeb-control.notify.expired",
					application.getReference());
		}
		return true;
	}

	/** Ids of the applications whose correction deadline has passed. */
	@Transactional(readOnly = true)
	public List<Long> expiredCorrections() {
		return this.applications.findExpiredCorrections(Instant.now(this.clock));
	}

	/** Ids of files whose control period is overdue and whose unit was not told yet. */
	@Transactional(readOnly = true)
	public List<Long> overdueNotEscalated() {
		return this.jdbc.queryForList("""
				select a.id from kosgeb_application a
				where a.status in ('SUBMITTED', 'IN_CONTROL') and a.control_due_at < ?
				  and not exists (select 1 from kosgeb_control_escalation x
				                  where x.application_id = a.id and x.due_at = a.control_due_at)
				order by a.control_due_at, a.id
				""", Long.class, Timestamp.from(Instant.now(this.clock)));
	}

	/**
	 * Tells the unit managers once that a file's control period is over (MADDE 9(1)); the
	 * file stays workable — a standard processing time never blocks (MADDE 18(15)).
	 * @return whether the managers were told now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean escalateOverdue(Long applicationId) {
		KosgebApplication application = this.applications.findById(applicationId).orElse(null);
		Instant now = Instant.now(this.clock);
		if (application == null || !ControlSla.runsIn(application.getStatus()) || application.getControlDueAt() == null
				|| !now.isAfter(application.getControlDueAt())) {
			return false;
		}
		int inserted = this.jdbc.update("""
				insert into kosgeb_control_escalation (application_id, due_at, escalated_at) values (?, ?, ?)
				on conflict do nothing
				""", applicationId, Timestamp.from(application.getControlDueAt()), Timestamp.from(now));
		if (inserted == 0) {
			return false;
		}
		String staffName = (application.getAssignedStaffId() != null)
				? this.users.find(application.getAssignedStaffId()).map(UserAccount::getFullName).orElse("—") : "—";
		String due = ControlNotices.format(application.getControlDueAt());
		this.audit.recordAs(AuditTrail.SYSTEM, "KOSGEB_CONTROL_OVERDUE", ApplicationControlService.ENTITY,
				application.getId(), "Control period ended " + due + "; unit manager notified (MADDE 9(1), 18(15))",
				null, null);
		this.notices.toManagers(application, "kosgeb-control.notify.overdue", application.getReference(),
				this.notices.enterpriseTitle(application), staffName, due);
		return true;
	}

}
