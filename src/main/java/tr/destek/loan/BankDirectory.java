package tr.destek.loan;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.kosgeb.ProtocolBank;

/**
 * The protocol banks (MADDE 14(1)) and which bank each bank officer works for. An officer
 * belongs to one bank and sees only that bank's applications and loans.
 */
@Service
public class BankDirectory {

	static final String ENTITY = "BankOfficer";

	private final JdbcClient jdbc;

	private final KosgebApplicationService applications;

	private final UserAccountService users;

	private final AuditTrail audit;

	private final Clock clock;

	BankDirectory(JdbcClient jdbc, KosgebApplicationService applications, UserAccountService users, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** The active protocol banks by name. */
	public List<ProtocolBank> banks() {
		return this.applications.protocolBanks();
	}

	/** code → name of every protocol bank (active or not, for loans already granted). */
	@Transactional(readOnly = true)
	public Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		this.jdbc.sql("select code, name from protocol_bank order by name")
			.query((rs, n) -> names.put(rs.getString("code"), rs.getString("name")))
			.list();
		return names;
	}

	public String name(String bankCode) {
		return names().getOrDefault(bankCode, bankCode);
	}

	public boolean exists(String bankCode) {
		return bankCode != null && names().containsKey(bankCode);
	}

	/** The bank the officer works for, if an admin assigned one. */
	@Transactional(readOnly = true)
	public Optional<String> bankOf(Long userId) {
		if (userId == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select bank_code from bank_officer where user_id = ?")
			.param(userId)
			.query(String.class)
			.optional();
	}

	/** The officers of every bank: user id → bank code. */
	@Transactional(readOnly = true)
	public Map<Long, String> officerBanks() {
		Map<Long, String> banks = new LinkedHashMap<>();
		this.jdbc.sql("select user_id, bank_code from bank_officer order by user_id")
			.query((rs, n) -> banks.put(rs.getLong("user_id"), rs.getString("bank_code")))
			.list();
		return banks;
	}

	/** A user holding the bank officer role and the bank he works for, if any. */
	public record Officer(Long userId, String email, String fullName, boolean enabled, String bankCode) {
	}

	/** The users holding the bank officer role, for the admin's assignment screen. */
	@Transactional(readOnly = true)
	public List<Officer> officers() {
		return this.jdbc
			.sql("select u.id, u.email, u.full_name, u.enabled, o.bank_code "
					+ "from user_account u join user_role r on r.user_id = u.id and r.role = 'BANK_OFFICER' "
					+ "left join bank_officer o on o.user_id = u.id order by lower(u.email)")
			.query((rs, n) -> new Officer(rs.getLong("id"), rs.getString("email"), rs.getString("full_name"),
					rs.getBoolean("enabled"), rs.getString("bank_code")))
			.list();
	}

	/** An admin assigns a bank officer to a bank (or moves him to another one). */
	@Transactional
	public void assign(Long userId, String bankCode) {
		if (!exists(bankCode)) {
			throw new LoanRuleException("bankCode", "loan.error.bank.unknown");
		}
		UserAccount account = this.users.find(userId)
			.orElseThrow(() -> new LoanRuleException("userId", "loan.error.officer.unknown"));
		if (!account.getRoles().contains(Role.BANK_OFFICER)) {
			throw new LoanRuleException("userId", "loan.error.officer.role");
		}
		String before = bankOf(userId).orElse(null);
		this.jdbc
			.sql("insert into bank_officer (user_id, bank_code, assigned_at, assigned_by) values (?, ?, ?, ?) "
					+ "on conflict (user_id) do update set bank_code = excluded.bank_code, "
					+ "assigned_at = excluded.assigned_at, assigned_by = excluded.assigned_by")
			.params(userId, bankCode, java.sql.Timestamp.from(Instant.now(this.clock)), AuditTrail.currentActor())
			.update();
		this.audit.record("BANK_OFFICER_ASSIGNED", ENTITY, userId,
				"Bank officer " + account.getEmail() + " works for " + bankCode, before, bankCode);
	}

}
