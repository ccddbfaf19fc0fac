package tr.destek.identity;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import tr.destek.audit.AuditTrail;

/**
 * Ends a user's live sessions on every node when what he may do changes (roles, province
 * unit, enterprise link, enabled flag). Sessions live in PostgreSQL (Spring Session
 * JDBC), so deleting them here signs the user out everywhere; his next request goes to
 * the login page and a new sign-in loads the new authorities. The sessions are deleted
 * after the change commits, so a sign-in in between cannot pick up the old roles.
 */
@Component
class UserSessions {

	private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AuditTrail audit;

	private final TransactionTemplate newTransaction;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.sessions = sessions;
		this.audit = audit;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Ends the account's sessions once the current transaction has committed. */
	void endAfterCommit(UserAccount account, String reason) {
		endOthersAfterCommit(account, null, reason);
	}

	/**
	 * Ends the account's sessions but the one with id {@code keep} (the session the user
	 * changes his password in) once the current transaction has committed.
	 */
	void endOthersAfterCommit(UserAccount account, String keep, String reason) {
		Long id = account.getId();
		String email = account.getEmail();
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			end(id, email, keep, reason);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				end(id, email, keep, reason);
			}
		});
	}

	private void end(Long id, String email, String keep, String reason) {
		try {
			Map<String, ? extends Session> live = this.sessions.findByPrincipalName(email);
			java.util.List<String> ended = live.keySet().stream().filter(sid -> !sid.equals(keep)).toList();
			ended.forEach(this.sessions::deleteById);
			if (!ended.isEmpty()) {
				this.newTransaction.executeWithoutResult(status -> this.audit.record("USER_SESSIONS_ENDED",
						"UserAccount", id, ended.size() + " live session(s) ended: " + reason, null, null));
			}
		}
		catch (RuntimeException ex) {
			// the change itself is committed; the user keeps a stale session only if the
			// session store is down, when he cannot use it either
			log.error("Could not end the sessions of user {} after: {}", id, reason, ex);
		}
	}

}
