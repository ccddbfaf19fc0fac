package tr.destek.platform;

/**
 * The application was started without a database: no {@code SPRING_DATASOURCE_URL} and no
 * embedded database asked for ({@code DESTEK_EMBEDDED_DATABASE=true}), or the embedded
 * one asked for on a production build that leaves it out. Thrown while the environment is
 * prepared, before anything tries to connect;
 * {@link DatabaseNotConfiguredFailureAnalyzer} prints what to set.
 */
public class DatabaseNotConfiguredException extends IllegalStateException {

	private final boolean embeddedMissing;

	DatabaseNotConfiguredException(boolean embeddedMissing) {
		super(embeddedMissing
				? "DESTEK_EMBEDDED_DATABASE=true asks for the embedded PostgreSQL, but this build has none "
						+ "(built with -Pproduction); set SPRING_DATASOURCE_URL to the PostgreSQL server to use"
				: "No database configured: set SPRING_DATASOURCE_URL to the PostgreSQL server to use, "
						+ "or DESTEK_EMBEDDED_DATABASE=true for an embedded development database");
		this.embeddedMissing = embeddedMissing;
	}

	/** Whether the embedded database was asked for on a build without it. */
	public boolean isEmbeddedMissing() {
		return this.embeddedMissing;
	}

}
