package tr.destek.support;

import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test-only: SQL as the database's <b>owner</b> role (the one Flyway migrates as), for
 * the few tests that must change what the application role may not, e.g. move an approved
 * payment's date back. Deliberately not a {@code JdbcTemplate} bean, so the application's
 * own {@code JdbcTemplate}/{@code JdbcClient} stay those of the application role.
 */
public final class OwnerJdbc {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	OwnerJdbc(TestDatabase database) {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(),
				database.ownerUsername(), database.ownerPassword());
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	/** Runs the statements in one transaction of the owner role. */
	public void inTransaction(Consumer<JdbcTemplate> statements) {
		this.transactions.executeWithoutResult(status -> statements.accept(this.jdbc));
	}

	/**
	 * Runs an update on a table whose trigger refuses updates (payment, audit_entry): the
	 * owner disables the trigger inside one transaction, so no other session ever sees it
	 * disabled (ALTER TABLE holds its lock until the commit).
	 */
	public void updateSkippingTrigger(String table, String trigger, String sql, Object... args) {
		inTransaction(jdbc -> {
			jdbc.execute("alter table " + table + " disable trigger " + trigger);
			jdbc.update(sql, args);
			jdbc.execute("alter table " + table + " enable trigger " + trigger);
		});
	}

}
