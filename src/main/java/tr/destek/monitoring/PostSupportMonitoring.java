package tr.destek.monitoring;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.payment.PaymentQueries;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.programme.ProgrammeParameters;

/**
 * Post-support monitoring (MADDE 17(1)): one year after the last loan maturity of an
 * application ({@code monitoring.sampling-after-years}), once its programme period is
 * over, a reproducible draw ({@link SamplingDraw}, rate {@code monitoring.sampling-rate})
 * decides whether it is monitored; the responsible staff of its province record the visit
 * on the Destek Sonrası İzleme Formu FRM.34.00.11.
 */
@Service
public class PostSupportMonitoring {

	public static final String SAMPLE_ENTITY = "MonitoringSample";

	public static final String VISIT_ENTITY = "MonitoringVisit";

	private final MonitoringCaseRepository cases;

	private final SampleRepository samples;

	private final VisitRepository visits;

	private final PaymentQueries payments;

	private final MonitoringPorts ports;

	private final ProgrammeParameters parameters;

	private final DeadlineCalendar calendar;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	PostSupportMonitoring(MonitoringCaseRepository cases, SampleRepository samples, VisitRepository visits,
			PaymentQueries payments, MonitoringPorts ports, ProgrammeParameters parameters, DeadlineCalendar calendar,
			AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.samples = samples;
		this.visits = visits;
		this.payments = payments;
		this.ports = ports;
		this.parameters = parameters;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/** Cases whose programme period is over and that were not drawn yet. */
	List<Long> undrawn() {
		return this.samples.findUndrawnCases(today());
	}

	/**
	 * The latest last maturity of the file's disbursed support, if it has any (for
	 * KOSGEB: its bank loans), as payments know it.
	 */
	public Optional<LocalDate> lastMaturity(Long applicationId) {
		return this.cases.findByApplicationId(applicationId)
			.flatMap(c -> this.payments.lastMaturity(c.getSubjectSource(), applicationId));
	}

	private String scope(Long applicationId) {
		return this.ports.scope(this.cases.findByApplicationId(applicationId).orElseThrow().getSubjectSource());
	}

	/** The day the case becomes eligible for the draw: last maturity + 1 year. */
	public Optional<LocalDate> samplingDue(Long applicationId) {
		return lastMaturity(
				applicationId)
			.map(last -> this.calendar
				.deadline(last, this.parameters.integer(scope(applicationId), "monitoring.sampling-after-years", last),
						PeriodUnit.YEARS, Delivery.ELECTRONIC)
				.lastDay());
	}

	/**
	 * Draws the case when it is due (MADDE 17(1)), once.
	 * @return the draw made now, or empty when it is not due or was drawn already
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Sample> draw(Long caseId) {
		return draw(caseId, this.random.nextLong());
	}

	/** The same with a given seed (recorded with the draw). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Sample> draw(Long caseId, long seed) {
		MonitoringCase found = this.cases.findById(caseId).orElseThrow(NotFoundException::new);
		LocalDate today = today();
		if (found.getStatus() == CaseStatus.TERMINATED || !found.getProgrammeEnd().isBefore(today)
				|| this.samples.findByCaseId(caseId).isPresent()) {
			return Optional.empty();
		}
		Optional<LocalDate> last = lastMaturity(found.getApplicationId());
		if (last.isEmpty()) {
			return Optional.empty();
		}
		LocalDate due = samplingDue(found.getApplicationId()).orElseThrow();
		if (today.isBefore(due)) {
			return Optional.empty();
		}
		BigDecimal rate = this.parameters.decimal(this.ports.scope(found.getSubjectSource()),
				"monitoring.sampling-rate", today);
		Sample sample = this.samples
			.saveAndFlush(new Sample(caseId, last.get(), due, Instant.now(this.clock), SamplingDraw.of(seed, rate)));
		this.audit.recordAs(
				AuditTrail.SYSTEM, "MONITORING_SAMPLE_DRAWN", SAMPLE_ENTITY, sample.getId(), "Case " + caseId + " ("
						+ found.getReference() + "), last maturity " + last.get() + ": " + sample.getReason(),
				null, sample.describe());
		return Optional.of(sample);
	}

	/**
	 * The responsible staff record a monitoring visit on FRM.34.00.11 for a sampled case
	 * of their province.
	 * @throws MonitoringRuleException when the case was not sampled or the input is
	 * invalid
	 */
	@Transactional
	public Visit recordVisit(DestekUser staff, Long caseId, VisitRecord record) {
		MonitoringCase found = caseForStaff(staff, caseId);
		if (!staff.hasRole(Role.RESPONSIBLE_STAFF)) {
			throw new MonitoringRuleException("monitoring.error.visit.staff-only");
		}
		if (this.samples.findByCaseId(caseId).filter(Sample::isSelected).isEmpty()) {
			throw new MonitoringRuleException("monitoring.error.visit.not-sampled");
		}
		if (record.visitDate().isAfter(today())) {
			throw new MonitoringRuleException("monitoring.error.visit.future");
		}
		Visit visit = this.visits.saveAndFlush(new Visit(caseId, record, staff.getUsername(), Instant.now(this.clock)));
		this.audit.record("MONITORING_VISIT_RECORDED", VISIT_ENTITY, visit.getId(),
				"Destek Sonrası İzleme Formu FRM.34.00.11 for " + found.getReference() + " (MADDE 17(1))", null,
				visit.describe());
		return visit;
	}

	/**
	 * A case of the staff member's own province unit; another province's is not found.
	 */
	@Transactional(readOnly = true)
	public MonitoringCase caseForStaff(DestekUser staff, Long caseId) {
		MonitoringCase found = this.cases.findById(caseId).orElseThrow(NotFoundException::new);
		if (staff.getProvinceCode() == null || !staff.getProvinceCode().equals(found.getProvinceCode())) {
			throw new NotFoundException();
		}
		return found;
	}

	@Transactional(readOnly = true)
	public Optional<Sample> sample(Long caseId) {
		return this.samples.findByCaseId(caseId);
	}

	/** The draws of many cases at once (for list pages), by case id. */
	@Transactional(readOnly = true)
	public Map<Long, Sample> samples(List<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		return this.samples.findByCaseIdIn(caseIds)
			.stream()
			.collect(Collectors.toMap(Sample::getCaseId, Function.identity()));
	}

	@Transactional(readOnly = true)
	public List<Visit> visits(Long caseId) {
		return this.visits.findByCaseIdOrderByVisitDateDescIdDesc(caseId);
	}

	@Transactional(readOnly = true)
	public Visit visit(Long caseId, Long visitId) {
		return this.visits.findById(visitId)
			.filter(v -> v.getCaseId().equals(caseId))
			.orElseThrow(NotFoundException::new);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(DestekTime.ZONE));
	}

}
