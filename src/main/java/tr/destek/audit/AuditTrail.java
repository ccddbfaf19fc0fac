package tr.destek.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail every module writes to on each state change. Entries join the caller's
 * transaction, so a change and its record are committed (or rolled back) together.
 */
@Service
public class AuditTrail {

	public static final String SYSTEM = "system";

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records a change made by the signed-in user (or {@code system} when nobody is
	 * signed in).
	 * @param action what happened, e.g. {@code ENTERPRISE_UPDATED}
	 * @param entityType the kind of thing changed, e.g. {@code Enterprise}
	 * @param entityId its identifier
	 * @param summary a short human-readable description
	 * @param before the state before (a readable rendering), or {@code null} for a
	 * creation
	 * @param after the state after, or {@code null} for a removal
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(String action, String entityType, Object entityId, String summary, String before,
			String after) {
		return recordAs(currentActor(), action, entityType, entityId, summary, before, after);
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEntry recordAs(String actor, String action, String entityType, Object entityId, String summary,
			String before, String after) {
		return this.entries.save(new AuditEntry(Instant.now(this.clock), actor, action, entityType,
				String.valueOf(entityId), truncate(summary), before, after));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> search(String entityType, String actor, Pageable pageable) {
		return this.entries.search(blankToNull(entityType), blankToNull(actor), pageable);
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> history(String entityType, Object entityId) {
		return this.entries.findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(entityType, String.valueOf(entityId));
	}

	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getName())) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static String truncate(String summary) {
		return (summary != null && summary.length() > 1000) ? summary.substring(0, 1000) : summary;
	}

}
