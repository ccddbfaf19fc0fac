package tr.destek.identity;

import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.UserAccountService.UnknownUserException;

/**
 * What an admin (or a decision taken for the admin) changes on an existing account: roles
 * and province unit, enabled or disabled, the sign-in lock. A change of access ends the
 * account's sessions once the change is committed.
 */
@Service
public class AccountAdministration {

	private final UserAccountRepository users;

	private final AuditTrail audit;

	private final UserSessions sessions;

	AccountAdministration(UserAccountRepository users, AuditTrail audit, UserSessions sessions) {
		this.users = users;
		this.audit = audit;
		this.sessions = sessions;
	}

	@Transactional
	public UserAccount changeRoles(Long userId, Set<Role> roles) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
		return changeRoles(userId, roles, account.getProvinceCode());
	}

	/** Changes a staff user's roles and province unit together. */
	@Transactional
	public UserAccount changeRoles(Long userId, Set<Role> roles, Short provinceCode) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
		if (account.getEnterpriseId() != null) {
			throw new IllegalArgumentException("applicant accounts keep the applicant role");
		}
		String before = account.describe();
		Set<Role> staffRoles = StaffRoles.require(roles);
		account.setProvinceCode(StaffRoles.requireProvinceWhereNeeded(staffRoles, provinceCode));
		account.changeRoles(staffRoles);
		String after = account.describe();
		this.audit.record("USER_ROLES_CHANGED", "UserAccount", account.getId(), "Roles changed", before, after);
		if (!before.equals(after)) {
			this.sessions.endAfterCommit(account, "roles or province unit changed");
		}
		return account;
	}

	@Transactional
	public UserAccount setEnabled(Long userId, boolean enabled) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
		String before = account.describe();
		account.setEnabled(enabled);
		String after = account.describe();
		this.audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "UserAccount", account.getId(),
				enabled ? "Account enabled" : "Account disabled", before, after);
		if (!before.equals(after)) {
			this.sessions.endAfterCommit(account, enabled ? "account enabled" : "account disabled");
		}
		return account;
	}

	@Transactional
	public UserAccount unlock(Long userId) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
		account.unlock();
		this.audit.record("USER_UNLOCKED", "UserAccount", account.getId(), "Sign-in lock lifted by admin", null, null);
		return account;
	}

}
