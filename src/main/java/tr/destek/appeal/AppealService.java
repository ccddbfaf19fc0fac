package tr.destek.appeal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditTrail;
import tr.destek.calendar.SlaStatus;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.notification.Notifier;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;

/**
 * Appeals against a programme's rejection (İtiraz; for KOSGEB MADDE 13), for any
 * programme that implements {@link AppealSubjects}:
 * <ul>
 * <li>13(1): the applicant appeals once, within the window of {@link AppealWindow}, with
 * reasons and documents (İtiraz Formu FRM.34.00.06); a late, second or final-decision
 * appeal is refused with the reason;</li>
 * <li>13(2): the unit of the subject's province adds its opinion and forwards it;
 * {@code appeal.forwarding-days} (15) days is an SLA that warns and never blocks (MADDE
 * 18(15));</li>
 * <li>13(8)-(11): the deciding body (the appeal commission, board module) decides within
 * {@code appeal.commission-decision-months} (1) month of forwarding (an SLA); the outcome
 * goes to the programme as {@link AppealDecided}.</li>
 * </ul>
 * Every change is audited on the appeal and published as an event the programme consumes
 * in the same transaction. The periods and SLAs are {@link AppealDeadlines}'.
 */
@Service
public class AppealService {

	/** The document owner type of appeal documents (kept from the KOSGEB appeal). */
	public static final String DOCUMENTS = "KosgebAppeal";

	/** The document category of the appeal's supporting documents. */
	public static final String CATEGORY = "APPEAL";

	/** The shortest reasons accepted (MADDE 13(1): a reasoned appeal). */
	public static final int MIN_REASONS = 30;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final AppealRepository appeals;

	private final Map<String, AppealSubjects> subjects;

	private final DocumentStore documents;

	private final AppealDeadlines deadlines;

	private final Notifier notifier;

	private final UserAccountService users;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AppealService(AppealRepository appeals, List<AppealSubjects> subjects, DocumentStore documents,
			AppealDeadlines deadlines, Notifier notifier, UserAccountService users, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events) {
		this.appeals = appeals;
		this.subjects = subjects.stream().collect(Collectors.toMap(AppealSubjects::source, Function.identity()));
		this.documents = documents;
		this.deadlines = deadlines;
		this.notifier = notifier;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	// --- applicant (MADDE 13(1)) ---

	/**
	 * Why the applicant cannot appeal this subject now, or empty when he can: the message
	 * key and its arguments cite MADDE 13(1) or 13(10)(b).
	 */
	@Transactional(readOnly = true)
	public Optional<AppealRefusedException> refusal(AppealSubject subject) {
		if (subject.standing() == AppealSubject.Standing.FINAL) {
			return Optional.of(new AppealRefusedException("appeal.refused.final"));
		}
		if (this.appeals.findBySubjectSourceAndSubjectId(subject.source(), subject.id()).isPresent()) {
			return Optional.of(new AppealRefusedException("appeal.refused.second"));
		}
		if (subject.standing() != AppealSubject.Standing.REJECTED) {
			return Optional.of(new AppealRefusedException("appeal.refused.not-rejected"));
		}
		if (!AppealWindow.open(subject.lastDay(), today())) {
			return Optional.of(new AppealRefusedException("appeal.refused.late",
					subject.lastDay() == null ? "-" : DATE.format(subject.lastDay())));
		}
		return Optional.empty();
	}

	/**
	 * The applicant sends the appeal with its reasons and documents (MADDE 13(1)); the
	 * unit is told and the forwarding SLA starts (MADDE 13(2)); {@link AppealFiled} is
	 * published in the transaction.
	 * @throws NotFoundException when the subject is not the applicant's enterprise's
	 * @throws AppealRefusedException when late, a second appeal, final, or the reasons
	 * are too short
	 * @throws tr.destek.document.DocumentRejectedException when a file is refused
	 * (nothing is stored then)
	 */
	@Transactional
	public Appeal file(String source, long subjectId, DestekUser applicant, long expectedVersion, String reasons,
			List<MultipartFile> files) {
		requireApplicant(applicant);
		AppealSubjects programme = port(source);
		// once (MADDE 13(1)): the subject is locked before it is read, so a second appeal
		// sent at the same instant waits, then finds it changed
		AppealSubject subject = programme.lockForAppeal(subjectId)
			.filter(s -> s.enterpriseId() == applicant.getEnterpriseId())
			.orElseThrow(NotFoundException::new);
		if (subject.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("subject " + subjectId + " changed meanwhile");
		}
		Optional<AppealRefusedException> refused = refusal(subject);
		if (refused.isPresent()) {
			throw refused.get();
		}
		String clean = reasons == null ? "" : reasons.strip();
		if (clean.length() < MIN_REASONS) {
			throw new AppealRefusedException("appeal.error.reasons", MIN_REASONS);
		}
		Instant forwardingDue = this.deadlines.forwardingDue(programme.parameters(), today());
		Appeal appeal = this.appeals
			.saveAndFlush(new Appeal(subject, clean, Instant.now(this.clock), applicant.getUsername(), forwardingDue));
		if (files != null) {
			for (MultipartFile file : files) {
				if (file != null && !file.isEmpty()) {
					this.documents.store(subject.enterpriseId(), DOCUMENTS, String.valueOf(appeal.getId()), CATEGORY,
							file);
				}
			}
		}
		this.audit.record("APPEAL_SUBMITTED", Appeal.ENTITY, appeal.getId(),
				"Appeal sent against " + appeal.getRejectionRegistry() + " (MADDE 13(1))", null, appeal.describe());
		this.events.publishEvent(
				new AppealFiled(appeal.getId(), source, subjectId, appeal.getRejectionRegistry(), appeal.describe()));
		this.notifier.notifyEnterprise(subject.enterpriseId(), "appeal.notification.received",
				new Object[] { subject.reference(), formatDue(forwardingDue) }, programme.applicantPath());
		for (UserAccount staff : unitStaff(subject)) {
			this.notifier.notifyUser(staff.getId(), "appeal.notification.new",
					new Object[] { subject.reference(), formatDue(forwardingDue) }, programme.unitPath(appeal.getId()));
		}
		return appeal;
	}

	/** The appeals of the applicant's enterprise, oldest first; 404 for anyone else. */
	@Transactional(readOnly = true)
	public List<Appeal> ofApplicant(DestekUser applicant) {
		requireApplicant(applicant);
		return this.appeals.findByEnterpriseIdOrderBySubmittedAt(applicant.getEnterpriseId());
	}

	private static void requireApplicant(DestekUser applicant) {
		if (applicant == null || !applicant.hasRole(Role.APPLICANT) || applicant.getEnterpriseId() == null) {
			throw new NotFoundException();
		}
	}

	/** The documents of an appeal, newest first, without their bytes. */
	@Transactional(readOnly = true)
	public List<DocumentRef> documents(Long appealId) {
		return this.documents.list(DOCUMENTS, String.valueOf(appealId));
	}

	/** One document of the appeal, or 404. */
	@Transactional(readOnly = true)
	public DocumentRef document(Appeal appeal, Long documentId) {
		return this.documents.find(documentId)
			.filter(d -> DOCUMENTS.equals(d.ownerType()) && String.valueOf(appeal.getId()).equals(d.ownerId()))
			.orElseThrow(NotFoundException::new);
	}

	// --- unit (MADDE 13(2)) ---

	/**
	 * The appeals of the staff member's province unit waiting for an opinion or already
	 * forwarded and undecided, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Appeal> unitQueue(DestekUser staff) {
		if (!isUnitStaff(staff)) {
			throw new NotFoundException();
		}
		return this.appeals.findForUnit(staff.getProvinceCode(),
				EnumSet.of(AppealStatus.SUBMITTED, AppealStatus.FORWARDED, AppealStatus.ON_AGENDA));
	}

	/**
	 * An appeal for the responsible staff and unit managers of its subject's province;
	 * 404 for anyone else.
	 */
	@Transactional(readOnly = true)
	public Appeal findForStaff(DestekUser staff, Long appealId) {
		Appeal appeal = this.appeals.findById(appealId).orElseThrow(NotFoundException::new);
		if (!isUnitStaff(staff) || !staff.getProvinceCode().equals(appeal.getProvinceCode())) {
			throw new NotFoundException();
		}
		return appeal;
	}

	/**
	 * The unit writes its opinion and forwards the appeal with the applicant's documents
	 * to the deciding body's secretariat (MADDE 13(2)); the one-month decision period
	 * starts (MADDE 13(11)).
	 */
	@Transactional
	public Appeal forward(DestekUser staff, Long appealId, long expectedVersion, String opinion) {
		Appeal appeal = findForStaff(staff, appealId);
		if (appeal.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("appeal " + appealId + " changed meanwhile");
		}
		if (opinion == null || opinion.isBlank()) {
			throw new AppealRefusedException("appeal.error.opinion");
		}
		String before = appeal.describe();
		Instant decisionDue = this.deadlines.decisionDue(port(appeal.getSubjectSource()).parameters(), today());
		appeal.forward(opinion.strip(), staff.getUsername(), Instant.now(this.clock), decisionDue);
		this.appeals.saveAndFlush(appeal);
		boolean late = this.deadlines.forwardingSla(appeal).status() == SlaStatus.OVERDUE;
		this.audit.record("APPEAL_FORWARDED", Appeal.ENTITY, appeal.getId(),
				"Unit opinion added, appeal forwarded (MADDE 13(2))" + (late ? ", after the 15-day SLA" : ""), before,
				appeal.describe());
		this.events.publishEvent(new AppealForwarded(appeal.getId(), appeal.getSubjectSource(), appeal.getSubjectId(),
				late, appeal.describe()));
		return appeal;
	}

	// --- deciding body (the appeal commission of the board module, MADDE 13(3)-(11)) ---

	/** Appeals forwarded by the units, waiting for an agenda, oldest first. */
	@Transactional(readOnly = true)
	public List<Appeal> forwarded() {
		return this.appeals.findForwarded();
	}

	/** The appeal of a subject, if any. */
	@Transactional(readOnly = true)
	public Optional<Appeal> forSubject(String source, Long subjectId) {
		return this.appeals.findBySubjectSourceAndSubjectId(source, subjectId);
	}

	/** The appeals of these subjects, by subject id (one query). */
	@Transactional(readOnly = true)
	public Map<Long, Appeal> forSubjects(String source, Collection<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return Map.of();
		}
		return this.appeals.findBySubjectSourceAndSubjectIdIn(source, subjectIds)
			.stream()
			.collect(Collectors.toMap(Appeal::getSubjectId, Function.identity()));
	}

	/**
	 * What staff lists show for these appeals' subjects, by subject id, as their
	 * programmes label them.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Object> labels(Collection<Appeal> appeals) {
		Map<Long, Object> labels = new LinkedHashMap<>();
		appeals.stream()
			.collect(Collectors.groupingBy(Appeal::getSubjectSource))
			.forEach((source, some) -> labels
				.putAll(port(source).labels(some.stream().map(Appeal::getSubjectId).toList())));
		return labels;
	}

	/**
	 * The deciding body's agenda with this appeal was sent to its members (MADDE 13(6));
	 * joins the caller's transaction.
	 * @throws AppealRefusedException when the appeal is not forwarded (any more)
	 */
	@Transactional
	public Appeal putOnAgenda(String source, Long subjectId, String meeting) {
		Appeal appeal = forSubject(source, subjectId).orElseThrow(NotFoundException::new);
		String before = appeal.describe();
		appeal.putOnAgenda();
		this.appeals.saveAndFlush(appeal);
		this.audit.record("APPEAL_ON_AGENDA", Appeal.ENTITY, appeal.getId(),
				"On the agenda of " + meeting + " (MADDE 13(6))", before, appeal.describe());
		this.events.publishEvent(new AppealPutOnAgenda(appeal.getId(), source, subjectId, meeting, appeal.describe()));
		return appeal;
	}

	/**
	 * Records the registered decision (İtiraz Karar Formu FRM.34.00.07, MADDE 13(8)) and
	 * publishes {@link AppealDecided}: accepted → the programme evaluates again (MADDE
	 * 13(10)(a)); rejected → final (13(10)(b)). The applicant is told (MADDE 13(9)).
	 * Joins the caller's transaction.
	 */
	@Transactional
	public Appeal decide(String source, Long subjectId, boolean accepted, String registryNumber, String reasons) {
		Appeal appeal = forSubject(source, subjectId).orElseThrow(NotFoundException::new);
		String before = appeal.describe();
		Instant now = Instant.now(this.clock);
		appeal.decide(accepted, registryNumber, reasons, now);
		this.appeals.saveAndFlush(appeal);
		this.audit.record("APPEAL_DECIDED", Appeal.ENTITY, appeal.getId(),
				"Decision " + registryNumber + ": "
						+ (accepted ? "accepted (MADDE 13(10)(a))" : "rejected, final (MADDE 13(10)(b))"),
				before, appeal.describe());
		this.events.publishEvent(new AppealDecided(appeal.getId(), source, subjectId, accepted, registryNumber, reasons,
				now, appeal.describe()));
		this.notifier.notifyEnterprise(appeal.getEnterpriseId(),
				accepted ? "appeal.notification.accepted" : "appeal.notification.rejected",
				new Object[] { appeal.getReference(), registryNumber, reasons }, port(source).applicantPath());
		return appeal;
	}

	// --- helpers ---

	AppealSubjects port(String source) {
		AppealSubjects port = this.subjects.get(source);
		if (port == null) {
			throw new NotFoundException();
		}
		return port;
	}

	private static boolean isUnitStaff(DestekUser user) {
		return user != null && user.getProvinceCode() != null
				&& (user.hasRole(Role.RESPONSIBLE_STAFF) || user.hasRole(Role.UNIT_MANAGER));
	}

	/** The assigned staff member and the unit managers of the subject's province. */
	private List<UserAccount> unitStaff(AppealSubject subject) {
		List<UserAccount> managers = this.users.staffOfProvince(Role.UNIT_MANAGER, subject.provinceCode());
		if (subject.assignedStaffId() == null) {
			return managers;
		}
		return Stream.concat(this.users.find(subject.assignedStaffId()).stream(), managers.stream())
			.distinct()
			.toList();
	}

	static String formatDue(Instant due) {
		return DATE.format(due.atZone(DestekTime.ZONE));
	}

	private LocalDate today() {
		return DestekTime.today(this.clock);
	}

}
