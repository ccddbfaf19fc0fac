package tr.destek.kosgeb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditEntry;
import tr.destek.audit.AuditTrail;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.NotFoundException;

/**
 * Reading applications: one or many with their expense items, their statuses and
 * references for list pages, the files ready for the board (MADDE 10(1), 12(1)), the
 * history for staff and for the applicant, the documents and the protocol banks (MADDE
 * 14). The caller checks access (e.g. with {@link KosgebAccess}).
 */
@Service
public class ApplicationQueries {

	private final KosgebApplicationRepository applications;

	private final DocumentStore documents;

	private final AuditTrail audit;

	private final UserAccountService users;

	private final JdbcTemplate jdbc;

	ApplicationQueries(KosgebApplicationRepository applications, DocumentStore documents, AuditTrail audit,
			UserAccountService users, JdbcTemplate jdbc) {
		this.applications = applications;
		this.documents = documents;
		this.audit = audit;
		this.users = users;
		this.jdbc = jdbc;
	}

	/** The references of these applications by id, in one query: for board lists. */
	@Transactional(readOnly = true)
	public Map<Long, String> references(Collection<Long> applicationIds) {
		if (applicationIds.isEmpty()) {
			return Map.of();
		}
		return this.applications.findAllById(applicationIds)
			.stream()
			.collect(Collectors.toMap(KosgebApplication::getId, KosgebApplication::getReference));
	}

	/**
	 * Applications controlled and found suitable, waiting for a board agenda (MADDE
	 * 10(1), 12(1)), longest waiting first, with their expense items.
	 */
	@Transactional(readOnly = true)
	public List<KosgebApplication> readyForBoard() {
		List<KosgebApplication> ready = this.applications.findReadyForBoard();
		ready.forEach(KosgebApplication::getExpenseItems);
		return ready;
	}

	/** The application of an enterprise (there is at most one, MADDE 5(3)). */
	@Transactional(readOnly = true)
	public Optional<KosgebApplication> findForEnterprise(Long enterpriseId) {
		if (enterpriseId == null) {
			return Optional.empty();
		}
		Optional<KosgebApplication> application = this.applications.findByEnterpriseId(enterpriseId);
		application.ifPresent(a -> a.getExpenseItems());
		return application;
	}

	/**
	 * An application with its expense items; the caller checks access (e.g. with
	 * {@link KosgebAccess}).
	 * @throws NotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public KosgebApplication find(Long applicationId) {
		KosgebApplication application = this.applications.findById(applicationId).orElseThrow(NotFoundException::new);
		application.getExpenseItems(); // loads the items (open-in-view is off)
		return application;
	}

	/**
	 * The statuses of many applications at once (for list pages, one query), by id;
	 * unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ApplicationStatus> statuses(Collection<Long> applicationIds) {
		if (applicationIds.isEmpty()) {
			return Map.of();
		}
		return this.applications.findStatuses(applicationIds)
			.stream()
			.collect(Collectors.toMap(ApplicationStatusRow::id, ApplicationStatusRow::status));
	}

	/**
	 * Several applications with their expense items, loaded in one query, in the order of
	 * the given ids; ids without an application are left out. The caller checks access.
	 */
	@Transactional(readOnly = true)
	public List<KosgebApplication> findAll(List<Long> applicationIds) {
		if (applicationIds.isEmpty()) {
			return List.of();
		}
		Map<Long, KosgebApplication> found = this.applications.findWithExpenseItems(applicationIds)
			.stream()
			.collect(Collectors.toMap(KosgebApplication::getId, a -> a));
		return applicationIds.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/** The full audit history of an application, oldest first (for staff). */
	@Transactional(readOnly = true)
	public List<AuditEntry> timeline(Long applicationId) {
		return this.audit.history(KosgebApplicationService.ENTITY, applicationId);
	}

	/**
	 * The history as the applicant sees it: who (a colleague, or only KOSGEB / the
	 * system), when and what; no notes, no states.
	 */
	@Transactional(readOnly = true)
	public List<TimelineEntry> applicantTimeline(KosgebApplication application) {
		Set<String> colleagues = this.users.colleagues(application.getEnterpriseId())
			.stream()
			.map(UserAccount::getEmail)
			.collect(Collectors.toSet());
		List<TimelineEntry> entries = new ArrayList<>();
		for (AuditEntry entry : timeline(application.getId())) {
			String actor = entry.getActor();
			String kind = AuditTrail.SYSTEM.equals(actor) ? "SYSTEM"
					: colleagues.contains(actor) ? "APPLICANT" : "STAFF";
			entries.add(new TimelineEntry(entry.getOccurredAt(), kind, "APPLICANT".equals(kind) ? actor : null,
					entry.getAction()));
		}
		return entries;
	}

	/** The documents of an application, newest first, without their bytes. */
	@Transactional(readOnly = true)
	public List<DocumentRef> documents(Long applicationId) {
		return this.documents.list(KosgebApplicationService.ENTITY, String.valueOf(applicationId));
	}

	/** The active protocol banks (MADDE 14), by name. */
	@Transactional(readOnly = true)
	public List<ProtocolBank> protocolBanks() {
		return this.jdbc.query("select code, name from protocol_bank where active order by name",
				(rs, n) -> new ProtocolBank(rs.getString("code"), rs.getString("name")));
	}

}
