package tr.destek.support;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points every test context at the JVM's one {@link TestDatabase}: the application's data
 * source logs in as the application role, Flyway as the owner role, and tests that must
 * change rows the application may not (moving a date back, skipping a trigger) get
 * {@link OwnerJdbc}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	JdbcConnectionDetails testDatabaseConnectionDetails() {
		TestDatabase database = TestDatabase.get();
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return database.username();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}
		};
	}

	@Bean
	FlywayConnectionDetails testDatabaseFlywayConnectionDetails() {
		TestDatabase database = TestDatabase.get();
		return new FlywayConnectionDetails() {
			@Override
			public String getUsername() {
				return database.ownerUsername();
			}

			@Override
			public String getPassword() {
				return database.ownerPassword();
			}

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

			@Override
			public String getDriverClassName() {
				return "org.postgresql.Driver";
			}
		};
	}

	@Bean
	OwnerJdbc ownerJdbc() {
		return new OwnerJdbc(TestDatabase.get());
	}

}
