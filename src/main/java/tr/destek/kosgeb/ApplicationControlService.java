package tr.destek.kosgeb;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.DestekUser;
import tr.destek.identity.UserAccount;

/**
 * The staff side of an application (MADDE 9), first step: who controls the file. A
 * submitted application is assigned to a responsible staff member of its province unit,
 * the unit manager assigns and reassigns by hand. The later steps are their own services:
 * the Başvuru Kontrol Tablosu and the proposal ({@link ControlReview}), the unit
 * manager's approval ({@link ControlApproval}), expiring corrections and the 7-day SLA
 * ({@link ControlEscalations}), and the control page ({@link ControlDetails}). Access
 * rules: {@link ControlAccess}.
 */
@Service
public class ApplicationControlService {

	static final String ENTITY = "KosgebApplication";

	static final String DOCUMENT_OWNER = "KosgebApplication";

	/** Where the applicant sees the application (applicant side). */
	static final String APPLICANT_LINK = "/kosgeb/application";

	private final KosgebApplicationRepository applications;

	private final StaffAssignment assignment;

	private final ControlAccess access;

	private final ControlDeadlines deadlines;

	private final ControlNotices notices;

	private final AuditTrail audit;

	private final Clock clock;

	ApplicationControlService(KosgebApplicationRepository applications, StaffAssignment assignment,
			ControlAccess access, ControlDeadlines deadlines, ControlNotices notices, AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.assignment = assignment;
		this.access = access;
		this.deadlines = deadlines;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A submitted application goes to a responsible staff member of its province unit
	 * ({@link StaffAssignment}); the 7-day control period runs from the submission day
	 * (MADDE 9(1), counted by MADDE 18(13)). With no responsible staff in the unit the
	 * file stays SUBMITTED and the unit managers are told, to assign it by hand. Runs at
	 * the end of the submission's transaction, just before it commits: a file is never
	 * submitted without its assignment, and a caller that assigns the file itself in the
	 * same transaction (the demo data) is left alone.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void on(ApplicationSubmitted event) {
		KosgebApplication application = this.applications.findById(event.applicationId()).orElse(null);
		if (application == null || application.getStatus() != ApplicationStatus.SUBMITTED
				|| application.getAssignedStaffId() != null) {
			return;
		}
		String before = application.describe();
		Instant now = Instant.now(this.clock);
		Instant due = this.deadlines.controlDue(application);
		UserAccount staff = this.assignment.next(application.getProvinceCode()).orElse(null);
		String title = this.notices.enterpriseTitle(application);
		if (staff == null) {
			application.awaitAssignment(due);
			this.audit.recordAs(AuditTrail.SYSTEM, "KOSGEB_AWAITING_ASSIGNMENT", ENTITY, application.getId(),
					"No responsible staff in province unit " + application.getProvinceCode()
							+ "; waiting for the unit manager (MADDE 9(1))",
					before, application.describe());
			this.notices.toManagers(application, "kosgeb-control.notify.unassigned", application.getReference(), title,
					this.notices.provinceName(application.getProvinceCode()), format(due));
			return;
		}
		application.assignTo(staff.getId(), now, due);
		this.audit.recordAs(AuditTrail.SYSTEM, "KOSGEB_ASSIGNED", ENTITY, application.getId(),
				"Assigned to " + staff.getEmail() + " by round-robin (MADDE 9(1))", before, application.describe());
		this.notices.toStaff(staff.getId(), application, "kosgeb-control.notify.assigned", application.getReference(),
				title, format(due));
	}

	/**
	 * The corrected application is back: its staff member is told (MADDE 9(3)), just
	 * before the resubmission's transaction commits.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void on(ApplicationResubmitted event) {
		KosgebApplication application = this.applications.findById(event.applicationId()).orElse(null);
		if (application == null) {
			return;
		}
		Long staffId = (event.assignedStaffId() != null) ? event.assignedStaffId() : application.getAssignedStaffId();
		Object[] args = { application.getReference(), this.notices.enterpriseTitle(application),
				format(application.getControlDueAt()) };
		if (staffId != null) {
			this.notices.toStaff(staffId, application, "kosgeb-control.notify.resubmitted", args);
		}
		else {
			this.notices.toManagers(application, "kosgeb-control.notify.resubmitted", args);
		}
	}

	/** The unit manager gives an unassigned file to a responsible staff member. */
	@Transactional
	public void assign(DestekUser manager, Long applicationId, long expectedVersion, Long staffId) {
		KosgebApplication application = this.access.forManager(manager, applicationId, expectedVersion);
		UserAccount staff = this.access.requireUnitStaff(application.getProvinceCode(), staffId);
		String before = application.describe();
		Instant now = Instant.now(this.clock);
		Instant due = (application.getControlDueAt() != null) ? application.getControlDueAt()
				: this.deadlines.controlDue(application);
		application.assignTo(staff.getId(), now, due);
		this.audit.record("KOSGEB_ASSIGNED", ENTITY, application.getId(),
				"Assigned to " + staff.getEmail() + " by the unit manager (MADDE 9(1))", before,
				application.describe());
		this.notices.toStaff(staff.getId(), application, "kosgeb-control.notify.assigned", application.getReference(),
				this.notices.enterpriseTitle(application), format(due));
	}

	/**
	 * The unit manager hands a file to another responsible staff member of the same unit;
	 * both are told.
	 */
	@Transactional
	public void reassign(DestekUser manager, Long applicationId, long expectedVersion, Long staffId) {
		KosgebApplication application = this.access.forManager(manager, applicationId, expectedVersion);
		UserAccount staff = this.access.requireUnitStaff(application.getProvinceCode(), staffId);
		Long previous = application.getAssignedStaffId();
		if (Objects.equals(previous, staff.getId())) {
			throw new ControlRefusedException("kosgeb-control.refused.same-staff");
		}
		String before = application.describe();
		application.reassignTo(staff.getId(), Instant.now(this.clock));
		this.audit.record("KOSGEB_REASSIGNED", ENTITY, application.getId(),
				"Reassigned from staff " + previous + " to " + staff.getEmail(), before, application.describe());
		String title = this.notices.enterpriseTitle(application);
		this.notices.toStaff(staff.getId(), application, "kosgeb-control.notify.reassigned-to",
				application.getReference(), title);
		if (previous != null) {
			this.notices.toStaff(previous, application, "kosgeb-control.notify.reassigned-from",
					application.getReference(), title, staff.getFullName());
		}
	}

	/** A date and time as the control's notifications and audit entries show it. */
	static String format(Instant instant) {
		return ControlNotices.format(instant);
	}

}
