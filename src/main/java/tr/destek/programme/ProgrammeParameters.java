package tr.destek.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;

/**
 * The one way to read programme parameters: the version in force on a date. Limits, rates
 * and durations are data with an effective date, never constants in code. A change is a
 * new version from a later date ({@link #addVersion}); a version is never edited.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeParameters {

	static final int MAX_SOURCE_ARTICLE_LENGTH = 300;

	static final int MAX_NOTE_LENGTH = 500;

	private static final Comparator<ParameterDefinition> ADMIN_ORDER = Comparator
		.comparingInt((ParameterDefinition definition) -> scopeRank(definition.getScope()))
		.thenComparing(ParameterDefinition::getScope)
		.thenComparing(ParameterDefinition::getKey);

	private final ParameterVersionRepository versions;

	private final ParameterDefinitionRepository definitions;

	private final AuditTrail audit;

	private final Clock clock;

	ProgrammeParameters(ParameterVersionRepository versions, ParameterDefinitionRepository definitions,
			AuditTrail audit, Clock clock) {
		this.versions = versions;
		this.definitions = definitions;
		this.audit = audit;
		this.clock = clock;
	}

	/** The version of {@code scope/key} in force on {@code asOf}. */
	public ParameterValue valueAsOf(String scope, String key, LocalDate asOf) {
		ParameterVersion version = this.versions
			.findFirstByScopeAndKeyAndValidFromLessThanEqualOrderByValidFromDesc(scope, key, asOf)
			.orElseThrow(() -> new ParameterNotDefinedException(scope, key, asOf));
		String unit = this.definitions.findById(new ParameterDefinition.Id(scope, key))
			.map(ParameterDefinition::getUnit)
			.orElse("");
		return new ParameterValue(scope, key, version.getValue(), unit, version.getValidFrom(),
				version.getSourceArticle());
	}

	public BigDecimal decimal(String scope, String key, LocalDate asOf) {
		return valueAsOf(scope, key, asOf).asDecimal();
	}

	public int integer(String scope, String key, LocalDate asOf) {
		return valueAsOf(scope, key, asOf).asInteger();
	}

	/**
	 * The integer value of {@code scope/key} in force on each of {@code dates}, from one
	 * read of the parameter's versions: list pages that resolve a parameter per row use
	 * this instead of one {@link #integer} call per row (no N+1).
	 * @throws ParameterNotDefinedException when no version is in force on one of the
	 * dates
	 */
	public Map<LocalDate, Integer> integersAsOf(String scope, String key, Collection<LocalDate> dates) {
		if (dates.isEmpty()) {
			return Map.of();
		}
		// newest first: the first version starting on or before a date is in force then
		List<ParameterVersion> versions = this.versions.findByScopeAndKeyOrderByValidFromDesc(scope, key);
		Map<LocalDate, Integer> values = new HashMap<>();
		for (LocalDate date : dates) {
			ParameterVersion version = versions.stream()
				.filter((v) -> !v.getValidFrom().isAfter(date))
				.findFirst()
				.orElseThrow(() -> new ParameterNotDefinedException(scope, key, date));
			values.put(date, new BigDecimal(version.getValue()).intValueExact());
		}
		return values;
	}

	/** What {@code scope/key} is, if it is defined. */
	public Optional<ParameterDefinition> definition(String scope, String key) {
		return this.definitions.findById(new ParameterDefinition.Id(scope, key));
	}

	/**
	 * Every parameter with its version in force on {@code asOf} and its history, in the
	 * order of {@link ParameterScope#ALL} and then by key. Two queries, whatever the
	 * number of parameters.
	 */
	public List<ParameterOverview> overview(LocalDate asOf) {
		Map<ParameterDefinition.Id, List<ParameterVersion>> versionsByParameter = new LinkedHashMap<>();
		for (ParameterVersion version : this.versions.findAllOrdered()) {
			versionsByParameter
				.computeIfAbsent(new ParameterDefinition.Id(version.getScope(), version.getKey()),
						(id) -> new ArrayList<>())
				.add(version);
		}
		return this.definitions.findAll()
			.stream()
			.sorted(ADMIN_ORDER)
			.map((definition) -> overview(definition,
					versionsByParameter.getOrDefault(
							new ParameterDefinition.Id(definition.getScope(), definition.getKey()), List.of()),
					asOf))
			.toList();
	}

	/** One parameter with all its versions and the one in force on {@code asOf}. */
	public Optional<ParameterOverview> history(String scope, String key, LocalDate asOf) {
		return definition(scope, key).map((definition) -> overview(definition,
				this.versions.findByScopeAndKeyOrderByValidFromDesc(scope, key), asOf));
	}

	/**
	 * Adds a new version of {@code scope/key}, valid from {@code validFrom} until a later
	 * version starts. Existing versions are never changed, and the new version must start
	 * after the newest existing one, so no value that was in force before that date is
	 * ever rewritten. Recorded in the audit trail with the version it supersedes.
	 * @param value the value in plain notation (numbers with a dot as decimal separator,
	 * dates as {@code yyyy-MM-dd}); checked against the parameter's unit
	 * @param sourceArticle the article the value comes from (required)
	 * @param note an optional note (e.g. the Olur's date and number)
	 * @return the new version
	 * @throws ParameterVersionRejectedException with every input that was refused
	 */
	@Transactional
	public ParameterVersion addVersion(String scope, String key, String value, LocalDate validFrom,
			String sourceArticle, String note) {
		ParameterDefinition definition = this.definitions.findForUpdate(scope, key)
			.orElseThrow(() -> new ParameterVersionRejectedException(List.of(unknown(scope, key))));
		List<ParameterVersion> existing = this.versions.findByScopeAndKeyOrderByValidFromDesc(scope, key);
		ParameterVersion newest = existing.isEmpty() ? null : existing.get(0);
		List<ParameterVersionRejectedException.Violation> violations = check(definition, newest, value, validFrom,
				sourceArticle, note);
		if (!violations.isEmpty()) {
			throw new ParameterVersionRejectedException(violations);
		}
		ParameterVersion added = this.versions
			.save(new ParameterVersion(scope, key, definition.parameterUnit().normalize(value), validFrom,
					trimToNull(sourceArticle), trimToNull(note), Instant.now(this.clock), AuditTrail.currentActor()));
		this.audit.record("PARAMETER_VERSION_ADDED", "ParameterVersion", added.getId(),
				"New version of " + scope + "/" + key + ": " + added.getValue() + " " + definition.getUnit() + " from "
						+ validFrom,
				(newest != null) ? describe(newest, definition) : null, describe(added, definition));
		return added;
	}

	/**
	 * What {@link #addVersion} would refuse in these inputs, without adding anything; an
	 * empty list when it would accept them (unless another version is added meanwhile).
	 * Lets a form show every problem at once.
	 */
	public List<ParameterVersionRejectedException.Violation> checkVersion(String scope, String key, String value,
			LocalDate validFrom, String sourceArticle, String note) {
		Optional<ParameterDefinition> definition = definition(scope, key);
		if (definition.isEmpty()) {
			return List.of(unknown(scope, key));
		}
		List<ParameterVersion> existing = this.versions.findByScopeAndKeyOrderByValidFromDesc(scope, key);
		return check(definition.get(), existing.isEmpty() ? null : existing.get(0), value, validFrom, sourceArticle,
				note);
	}

	private static List<ParameterVersionRejectedException.Violation> check(ParameterDefinition definition,
			ParameterVersion newest, String value, LocalDate validFrom, String sourceArticle, String note) {
		List<ParameterVersionRejectedException.Violation> violations = new ArrayList<>();
		try {
			definition.parameterUnit().normalize(value);
		}
		catch (ParameterVersionRejectedException ex) {
			violations.addAll(ex.violations());
		}
		if (validFrom == null) {
			violations.add(new ParameterVersionRejectedException.Violation("validFrom",
					"programme.error.valid-from.required", "the date from which the value holds is required"));
		}
		else if (newest != null && !validFrom.isAfter(newest.getValidFrom())) {
			// Interpretation: a new version starts strictly after the newest one, so a
			// value
			// that was in force before that date is never replaced.
			violations.add(new ParameterVersionRejectedException.Violation("validFrom",
					"programme.error.valid-from.not-after-newest",
					"must be after " + newest.getValidFrom()
							+ ", the start of the newest version: versions in the past are never rewritten",
					newest.getValidFrom()));
		}
		String article = trimToNull(sourceArticle);
		if (article == null) {
			violations.add(new ParameterVersionRejectedException.Violation("sourceArticle",
					"programme.error.source-article.required", "the source article is required"));
		}
		else if (article.length() > MAX_SOURCE_ARTICLE_LENGTH) {
			violations.add(new ParameterVersionRejectedException.Violation("sourceArticle",
					"programme.error.source-article.too-long",
					"must be at most " + MAX_SOURCE_ARTICLE_LENGTH + " characters"));
		}
		String trimmedNote = trimToNull(note);
		if (trimmedNote != null && trimmedNote.length() > MAX_NOTE_LENGTH) {
			violations.add(new ParameterVersionRejectedException.Violation("note", "programme.error.note.too-long",
					"must be at most " + MAX_NOTE_LENGTH + " characters"));
		}
		return violations;
	}

	private static ParameterVersionRejectedException.Violation unknown(String scope, String key) {
		return new ParameterVersionRejectedException.Violation("key", "programme.error.key.unknown",
				"no parameter " + scope + "/" + key + " is defined", scope, key);
	}

	private static ParameterOverview overview(ParameterDefinition definition, List<ParameterVersion> newestFirst,
			LocalDate asOf) {
		ParameterVersion inForce = null;
		ParameterVersion next = null;
		for (ParameterVersion version : newestFirst) {
			if (version.getValidFrom().isAfter(asOf)) {
				next = version;
			}
			else {
				inForce = version;
				break;
			}
		}
		return new ParameterOverview(definition, inForce, next, List.copyOf(newestFirst));
	}

	private static String describe(ParameterVersion version, ParameterDefinition definition) {
		return version.getScope() + "/" + version.getKey() + " = " + version.getValue() + " " + definition.getUnit()
				+ ", valid from " + version.getValidFrom() + ", source: " + version.getSourceArticle()
				+ ((version.getNote() != null) ? ", note: " + version.getNote() : "") + " (version " + version.getId()
				+ ")";
	}

	private static int scopeRank(String scope) {
		int rank = ParameterScope.ALL.indexOf(scope);
		return (rank >= 0) ? rank : ParameterScope.ALL.size();
	}

	private static String trimToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
