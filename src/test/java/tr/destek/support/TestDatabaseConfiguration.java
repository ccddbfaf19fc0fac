package tr.destek.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Points every test context at the JVM's one {@link TestDatabase}. */
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

}
