package tr.destek.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a {@link DatabaseNotConfiguredException} as Spring Boot prints a failed start:
 * what is wrong and what to set, without a stack trace (registered in
 * {@code META-INF/spring.factories}). Operator-facing start-up output, in English like
 * the rest of the log.
 */
class DatabaseNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseNotConfiguredException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNotConfiguredException cause) {
		if (cause.isEmbeddedMissing()) {
			return new FailureAnalysis(cause.getMessage(),
					"Set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME/_PASSWORD and SPRING_FLYWAY_USER/"
							+ "_PASSWORD, see the README's \"Running against another PostgreSQL\"), or use a build "
							+ "without -Pproduction for the embedded development database.",
					cause);
		}
		return new FailureAnalysis(cause.getMessage(),
				"Set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME/_PASSWORD and SPRING_FLYWAY_USER/_PASSWORD, "
						+ "see the README's \"Running against another PostgreSQL\"), or DESTEK_EMBEDDED_DATABASE=true to "
						+ "start an embedded PostgreSQL for development (data in .destek-data/postgres).",
				cause);
	}

}
