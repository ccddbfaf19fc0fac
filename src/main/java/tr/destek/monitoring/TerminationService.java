package tr.destek.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.notification.Notifier;
import tr.destek.payment.PaidPayment;
import tr.destek.payment.PaymentQueries;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ParameterVersion;
import tr.destek.programme.ProgrammeParameters;

/**
 * Termination of a programme by board decision (MADDE 17(5)) and the refund decision
 * (MADDE 17(6)), recorded by the board secretariat; the refund statement with legal
 * interest (MADDE 17(6), 18(6)) over the payments the caller supplies.
 */
@Service
public class TerminationService {

	public static final String ENTITY = "MonitoringTermination";

	static final String LEGAL_INTEREST_RATE = "legal-interest-rate";

	private final MonitoringCaseRepository cases;

	private final TerminationRepository terminations;

	private final MonitoringService monitoring;

	private final ProgrammeParameters parameters;

	private final PaymentQueries payments;

	private final Notifier notifier;

	private final AuditTrail audit;

	private final Clock clock;

	TerminationService(MonitoringCaseRepository cases, TerminationRepository terminations, MonitoringService monitoring,
			ProgrammeParameters parameters, PaymentQueries payments, Notifier notifier, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.terminations = terminations;
		this.monitoring = monitoring;
		this.parameters = parameters;
		this.payments = payments;
		this.notifier = notifier;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the board's termination decision (MADDE 17(5)): the programme is TERMINATED
	 * and pending payments stop; no refund when the board accepted force majeure or a
	 * similar cause, otherwise the interest support is reclaimed with legal interest
	 * (MADDE 17(6)). The enterprise is told.
	 * @throws MonitoringRuleException when the record is incomplete or the programme is
	 * already closed
	 */
	@Transactional
	public Termination terminate(Long caseId, TerminationRecord record) {
		// once (MADDE 17(5)): the case row is locked, so a second termination sent at the
		// same instant waits and then finds the programme closed
		MonitoringCase found = this.cases.lockById(caseId).orElseThrow(NotFoundException::new);
		check(record);
		if (record.decisionDate().isBefore(found.getProgrammeStart())) {
			throw new MonitoringRuleException("monitoring.error.termination.before-start");
		}
		String before = found.describe();
		Instant now = Instant.now(this.clock);
		String reason = "Terminated by board decision " + record.decisionReference().strip() + " of "
				+ record.decisionDate() + ": " + record.cause() + " (MADDE 17(5))";
		found.terminate(now, reason);
		Termination termination = this.terminations
			.saveAndFlush(new Termination(caseId, record, AuditTrail.currentActor(), now));
		this.monitoring.recordOutcome(found, ProgrammeOutcome.TERMINATED, reason);
		this.audit.record("MONITORING_TERMINATED", MonitoringService.ENTITY, caseId, reason + "; pending payments stop",
				before, found.describe());
		this.audit.record("TERMINATION_RECORDED", ENTITY, termination.getId(),
				termination.isRefundRequired() ? "Interest support reclaimed with legal interest (MADDE 17(6))"
						: "No refund: " + record.excusingCause() + " accepted by the board (MADDE 17(6))",
				null, termination.describe());
		this.notifier.notifyEnterprise(found.getEnterpriseId(),
				termination.isRefundRequired() ? "monitoring.notify.terminated.refund"
						: "monitoring.notify.terminated.no-refund",
				new Object[] { found.getReference(), termination.getDecisionReference(),
						MonitoringService.day(termination.getDecisionDate()) },
				MonitoringService.APPLICANT_LINK);
		return termination;
	}

	private void check(TerminationRecord record) {
		if (record.cause() == null || record.decisionReference() == null || record.decisionReference().isBlank()
				|| record.decisionDate() == null) {
			throw new MonitoringRuleException("monitoring.error.termination.incomplete");
		}
		if (record.decisionDate().isAfter(LocalDate.now(this.clock.withZone(DestekTime.ZONE)))) {
			throw new MonitoringRuleException("monitoring.error.termination.future");
		}
		if (record.cause() == TerminationCause.OTHER && blank(record.causeNote())) {
			throw new MonitoringRuleException("monitoring.termination.cause-note.required");
		}
		if (record.excusingCause() == ExcusingCause.OTHER_SIMILAR && blank(record.excusingNote())) {
			throw new MonitoringRuleException("monitoring.termination.excusing-note.required");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * What the enterprise must pay back for a terminated programme: each payment with
	 * legal interest from its payment date up to {@code refundDate} (MADDE 17(6));
	 * nothing when the board accepted force majeure or a similar cause. The payments come
	 * from the caller (the payments ledger).
	 */
	@Transactional(readOnly = true)
	public RefundStatement refundStatement(Long caseId, List<PaidSupport> payments, LocalDate refundDate) {
		Termination termination = this.terminations.findByCaseId(caseId).orElseThrow(NotFoundException::new);
		return refund(payments, refundDate, !termination.isRefundRequired());
	}

	/**
	 * The refund statement of a terminated programme as of the board's decision date
	 * (MADDE 17(6), 18(6)), over the interest support the payments ledger shows as paid
	 * for the application ({@link #paidSupport(Long)}); a waived statement when the board
	 * accepted force majeure or a similar cause.
	 * @return empty while the programme has not been terminated
	 */
	@Transactional(readOnly = true)
	public Optional<RefundStatement> refundStatement(Long caseId) {
		MonitoringCase found = this.cases.findById(caseId).orElseThrow(NotFoundException::new);
		return this.terminations.findByCaseId(caseId)
			.map(t -> refund(paidSupport(found.getApplicationId()), t.getDecisionDate(), !t.isRefundRequired()));
	}

	/**
	 * The interest support paid for an application, from the payments ledger: per
	 * approved payment its approval date and the support paid, i.e. the amount paid to
	 * the enterprise plus the amount paid to the tax office and SGK on its behalf (MADDE
	 * 15(7),(8)). Withheld shares (MADDE 15(4)) were never paid and are not reclaimed;
	 * payments of nothing are left out.
	 */
	@Transactional(readOnly = true)
	public List<PaidSupport> paidSupport(Long applicationId) {
		return this.payments.paidFor(applicationId)
			.stream()
			.filter(p -> p.total().signum() > 0)
			.map(TerminationService::paid)
			.toList();
	}

	private static PaidSupport paid(PaidPayment payment) {
		return new PaidSupport(payment.paidOn(), payment.total());
	}

	/**
	 * Payments reclaimed with legal interest from their payment dates to
	 * {@code refundDate} (MADDE 17(6), 18(6)), with the versioned legal interest rate
	 * ({@code legal-interest-rate}, 3095 sayılı Kanun MADDE 1).
	 */
	@Transactional(readOnly = true)
	public RefundStatement refund(List<PaidSupport> payments, LocalDate refundDate, boolean waived) {
		return RefundCalculator.calculate(payments, refundDate, legalInterestRates(refundDate), waived);
	}

	/** Every version of the legal interest rate, oldest first. */
	@Transactional(readOnly = true)
	public List<LegalInterestRate> legalInterestRates(LocalDate asOf) {
		return this.parameters.history(ParameterScope.KOSGEB_DT, LEGAL_INTEREST_RATE, asOf)
			.orElseThrow()
			.versions()
			.stream()
			.map(TerminationService::rate)
			.sorted(java.util.Comparator.comparing(LegalInterestRate::validFrom))
			.toList();
	}

	private static LegalInterestRate rate(ParameterVersion version) {
		return new LegalInterestRate(version.getValidFrom(), new java.math.BigDecimal(version.getValue()));
	}

	@Transactional(readOnly = true)
	public Optional<Termination> forCase(Long caseId) {
		return this.terminations.findByCaseId(caseId);
	}

	/** The terminations of many cases at once (for list pages), by case id. */
	@Transactional(readOnly = true)
	public Map<Long, Termination> forCases(List<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		return this.terminations.findByCaseIdIn(caseIds)
			.stream()
			.collect(Collectors.toMap(Termination::getCaseId, Function.identity()));
	}

}
