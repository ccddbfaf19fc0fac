package tr.destek.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.programme.ParameterNotDefinedException;

/**
 * The enterprise module's API: sign-up, profile, fiscal years, declared persons and the
 * KOBİ size class. Every change is audited with the state before and after, in the same
 * transaction.
 */
@Service
public class EnterpriseService {

	static final String ENTITY = "Enterprise";

	private final EnterpriseRepository enterprises;

	private final NaceCatalogue catalogue;

	private final KobiThresholds thresholds;

	private final UserAccountService users;

	private final AuditTrail audit;

	private final Clock clock;

	private final ObjectProvider<DeclaredPersonsInUse> declaredPersonsInUse;

	EnterpriseService(EnterpriseRepository enterprises, NaceCatalogue catalogue, KobiThresholds thresholds,
			UserAccountService users, AuditTrail audit, Clock clock,
			ObjectProvider<DeclaredPersonsInUse> declaredPersonsInUse) {
		this.enterprises = enterprises;
		this.catalogue = catalogue;
		this.thresholds = thresholds;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.declaredPersonsInUse = declaredPersonsInUse;
	}

	@Transactional(readOnly = true)
	public boolean taxNumberRegistered(String taxNumber) {
		return TaxNumber.tryParse(taxNumber).map(t -> this.enterprises.existsByTaxNumber(t.value())).orElse(false);
	}

	/**
	 * Registers an enterprise and its first applicant user together: both are created, or
	 * neither.
	 * @throws InvalidTaxNumberException, TaxNumberTakenException,
	 * InvalidNaceCodeException, InvalidEnterpriseChangeException,
	 * UserAccountService.EmailTakenException
	 */
	@Transactional
	public SignedUp signUp(Registration registration, String email, String fullName, String rawPassword) {
		Enterprise enterprise = register(registration);
		UserAccount account = this.users.createApplicant(enterprise.getId(), email, fullName, rawPassword);
		return new SignedUp(enterprise, account);
	}

	@Transactional
	public Enterprise register(Registration registration) {
		TaxNumber taxNumber = TaxNumber.of(registration.taxNumber());
		if (this.enterprises.existsByTaxNumber(taxNumber.value())) {
			throw new TaxNumberTakenException(taxNumber.value());
		}
		Province province = requireProvince(registration.provinceCode());
		NaceCode nace = this.catalogue.code(registration.naceCode());
		Enterprise enterprise = new Enterprise(taxNumber, registration.title(), registration.legalForm(),
				registration.registrationDate(), province, nace, today(), now());
		try {
			this.enterprises.saveAndFlush(enterprise);
		}
		catch (DataIntegrityViolationException ex) {
			// the same tax number signed up at the same instant: the unique
			// constraint let the other one through
			throw new TaxNumberTakenException(taxNumber.value());
		}
		this.audit.record("ENTERPRISE_REGISTERED", ENTITY, enterprise.getId(), "Enterprise signed up", null,
				enterprise.describe());
		return enterprise;
	}

	/**
	 * Changes the profile if nobody else changed it since the applicant opened the form.
	 * @param expectedVersion the version the form was opened with
	 * @throws OptimisticLockingFailureException when someone saved in between
	 */
	@Transactional
	public Enterprise updateProfile(Long enterpriseId, long expectedVersion, ProfileChange change) {
		Enterprise enterprise = require(enterpriseId);
		if (enterprise.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("enterprise " + enterpriseId + " was changed meanwhile");
		}
		Province province = requireProvince(change.provinceCode());
		NaceCode nace = this.catalogue.code(change.naceCode());
		String before = enterprise.describe();
		enterprise.updateProfile(change, province, nace, today(), now());
		this.enterprises.flush();
		this.audit.record("ENTERPRISE_UPDATED", ENTITY, enterpriseId, "Profile updated", before, enterprise.describe());
		return enterprise;
	}

	/** Saves the figures of a year, replacing those of an entered year. */
	@Transactional
	public EnterpriseFiscalYear saveFiscalYear(Long enterpriseId, FiscalYearFigures figures) {
		Enterprise enterprise = require(enterpriseId);
		String before = enterprise.fiscalYear(figures.year()).map(EnterpriseFiscalYear::describe).orElse(null);
		EnterpriseFiscalYear year = enterprise.saveFiscalYear(figures, today(), now());
		this.enterprises.flush();
		this.audit.record((before == null) ? "FISCAL_YEAR_ADDED" : "FISCAL_YEAR_UPDATED", ENTITY, enterpriseId,
				"Fiscal year " + figures.year() + " saved", before, year.describe());
		return year;
	}

	/**
	 * Adds a fiscal year the enterprise has not entered yet; changing an entered year is
	 * {@link #saveFiscalYear}, from its edit form (issue #10 point 4: adding must never
	 * silently replace a year's figures).
	 * @throws InvalidEnterpriseChangeException on {@code year} when the year exists
	 */
	@Transactional
	public EnterpriseFiscalYear addFiscalYear(Long enterpriseId, FiscalYearFigures figures) {
		if (require(enterpriseId).fiscalYear(figures.year()).isPresent()) {
			throw new InvalidEnterpriseChangeException("year", "enterprise.fiscalYear.exists",
					String.valueOf(figures.year()));
		}
		return saveFiscalYear(enterpriseId, figures);
	}

	@Transactional
	public EnterprisePerson declarePerson(Long enterpriseId, PersonDeclaration declaration) {
		Enterprise enterprise = require(enterpriseId);
		EnterprisePerson person = enterprise.declarePerson(declaration, now());
		this.enterprises.flush();
		this.audit.record("PERSON_DECLARED", ENTITY, enterpriseId, "Person declared (" + person.getRelation() + ")",
				null, person.describe());
		return person;
	}

	/**
	 * Removes a declared person (and the relatives declared through them).
	 * @throws InvalidEnterpriseChangeException {@code enterprise.person.locked} while a
	 * programme's file relies on the declaration (MADDE 18(9),(10), issue #9 point 9)
	 */
	@Transactional
	public List<EnterprisePerson> removePerson(Long enterpriseId, Long personId) {
		Enterprise enterprise = require(enterpriseId);
		// looked up through the caller's own enterprise first: another's person is not
		// found, whatever the state of this one
		if (enterprise.getPersons().stream().noneMatch(p -> p.getId().equals(personId))) {
			throw new NotFoundException();
		}
		if (declaredPersonsLocked(enterpriseId)) {
			throw new InvalidEnterpriseChangeException(null, "enterprise.person.locked");
		}
		List<EnterprisePerson> removed = enterprise.removePerson(personId, now());
		this.enterprises.flush();
		this.audit.record("PERSON_REMOVED", ENTITY, enterpriseId, "Declared person removed",
				removed.stream().map(EnterprisePerson::describe).collect(Collectors.joining("\n")), null);
		return removed;
	}

	/**
	 * Whether the declared persons are kept as they are: an application past its draft
	 * and not concluded relies on them for the conflict checks (MADDE 18(9),(10)); new
	 * persons may still be declared.
	 */
	@Transactional(readOnly = true)
	public boolean declaredPersonsLocked(Long enterpriseId) {
		return this.declaredPersonsInUse.stream().anyMatch(p -> p.inUse(enterpriseId));
	}

	/** The enterprise with its fiscal years and persons loaded. */
	@Transactional(readOnly = true)
	public Optional<Enterprise> find(Long enterpriseId) {
		Optional<Enterprise> enterprise = this.enterprises.findById(enterpriseId);
		enterprise.ifPresent(e -> {
			Hibernate.initialize(e.getFiscalYears());
			Hibernate.initialize(e.getPersons());
		});
		return enterprise;
	}

	@Transactional(readOnly = true)
	public Optional<Enterprise> findByTaxNumber(String taxNumber) {
		return TaxNumber.tryParse(taxNumber).flatMap(t -> this.enterprises.findByTaxNumber(t.value()));
	}

	/**
	 * The size class on {@code date} from the fiscal year that decides it (see
	 * {@link Enterprise#fiscalYearForSizeClassOn}), with the limits in force on that date
	 * (KOBİ Yönetmeliği MADDE 5); unknown when no figures were entered.
	 */
	@Transactional(readOnly = true)
	public SizeClassification sizeClassAsOf(Long enterpriseId, LocalDate date) {
		Enterprise enterprise = require(enterpriseId);
		try {
			return enterprise.fiscalYearForSizeClassOn(date)
				.map(year -> classify(year.sizeFigures(), date).forFiscalYear(year.getYear()))
				.orElseGet(() -> SizeClassification.unknown(date));
		}
		catch (ParameterNotDefinedException ex) {
			return SizeClassification.noThresholds(date);
		}
	}

	/**
	 * The size class of the given figures with the limits in force on {@code date}.
	 * @throws tr.destek.programme.ParameterNotDefinedException when no limits are in
	 * force on that date
	 */
	@Transactional(readOnly = true)
	public SizeClassification classify(CompanyFigures figures, LocalDate date) {
		return SizeClassifier.classify(figures, this.thresholds.asOf(date), date);
	}

	public LocalDate today() {
		return DestekTime.today(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private Enterprise require(Long enterpriseId) {
		return this.enterprises.findById(enterpriseId).orElseThrow(() -> new UnknownEnterpriseException(enterpriseId));
	}

	private Province requireProvince(Short code) {
		return this.catalogue.province(code)
			.orElseThrow(() -> new InvalidEnterpriseChangeException("provinceCode", "enterprise.province.unknown"));
	}

	/** The enterprise and its first user, just created. */
	public record SignedUp(Enterprise enterprise, UserAccount account) {
	}

	public static class UnknownEnterpriseException extends RuntimeException {

		public UnknownEnterpriseException(Long id) {
			super("no enterprise " + id);
		}

	}

}
