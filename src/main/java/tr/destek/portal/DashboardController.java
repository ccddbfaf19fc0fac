package tr.destek.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tr.destek.appeal.AppealService;
import tr.destek.board.MemberWork;
import tr.destek.board.SecretariatWork;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.SizeClassExplainer;
import tr.destek.enterprise.SizeClassification;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.kosgeb.AcceptedNextStep;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.ControlQueue;
import tr.destek.kosgeb.ControlWorkload;
import tr.destek.kosgeb.Countdown;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.kosgeb.KosgebPreCheck;
import tr.destek.loan.BankDirectory;
import tr.destek.loan.BankLoanService;
import tr.destek.loan.Loan;
import tr.destek.loan.LoanControlService;
import tr.destek.loan.LoanStatus;
import tr.destek.payment.Payment;
import tr.destek.payment.PaymentService;
import tr.destek.platform.DestekTime;
import tr.destek.platform.Provinces;

/**
 * Every signed-in user's start page: what is theirs to do (issue 10, points 6 and 8).
 * Each role sees its own panel; a user with several roles sees each of them.
 */
@Controller
class DashboardController {

	/** How many months the payments chart shows, this one included. */
	static final int MONTHS = 6;

	private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
		.ofPattern("dd.MM.yyyy");

	private final EnterpriseService enterprises;

	private final SizeClassExplainer explainer;

	private final KosgebApplicationService kosgeb;

	private final KosgebPreCheck preCheck;

	private final ControlWorkload workload;

	private final AppealService appeals;

	private final AcceptedNextStep acceptedNextStep;

	private final LoanControlService loanControl;

	private final BankDirectory banks;

	private final BankLoanService bankLoans;

	private final PaymentService payments;

	private final SecretariatWork secretariat;

	private final MemberWork members;

	private final Provinces provinces;

	private final Clock clock;

	DashboardController(EnterpriseService enterprises, SizeClassExplainer explainer, KosgebApplicationService kosgeb,
			KosgebPreCheck preCheck, ControlWorkload workload, AppealService appeals, AcceptedNextStep acceptedNextStep,
			LoanControlService loanControl, BankDirectory banks, BankLoanService bankLoans, PaymentService payments,
			SecretariatWork secretariat, MemberWork members, Provinces provinces, Clock clock) {
		this.provinces = provinces;
		this.enterprises = enterprises;
		this.explainer = explainer;
		this.kosgeb = kosgeb;
		this.preCheck = preCheck;
		this.workload = workload;
		this.appeals = appeals;
		this.acceptedNextStep = acceptedNextStep;
		this.loanControl = loanControl;
		this.banks = banks;
		this.bankLoans = bankLoans;
		this.payments = payments;
		this.secretariat = secretariat;
		this.members = members;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String dashboard(@AuthenticationPrincipal DestekUser user, Model model, Locale locale) {
		model.addAttribute("user", user);
		boolean applicant = user.hasRole(Role.APPLICANT);
		model.addAttribute("applicant", applicant);
		if (applicant && user.getEnterpriseId() != null) {
			applicantHome(user, model, locale);
		}
		if (user.getProvinceCode() != null && user.hasAnyRole(Role.PROVINCE_UNIT_ROLES)) {
			unitHome(user, model);
		}
		if (user.hasRole(Role.BOARD_SECRETARIAT)) {
			model.addAttribute("secretariatWork", this.secretariat.summary());
		}
		if (user.hasRole(Role.BOARD_MEMBER) || user.hasRole(Role.APPEAL_COMMISSION_MEMBER)) {
			model.addAttribute("memberWork", this.members.of(user.getId()));
		}
		if (user.hasRole(Role.BANK_OFFICER)) {
			bankHome(user, model);
		}
		return "portal/dashboard";
	}

	private void applicantHome(DestekUser user, Model model, Locale locale) {
		this.enterprises.find(user.getEnterpriseId()).ifPresent(enterprise -> {
			SizeClassification sizeClass = this.enterprises.sizeClassAsOf(enterprise.getId(), this.enterprises.today());
			model.addAttribute("enterprise", enterprise);
			model.addAttribute("sizeClass", sizeClass);
			model.addAttribute("sizeClassReason", this.explainer.reason(sizeClass, locale));
		});
		// my applications: status, next step and the correction countdown (MADDE 9(3))
		model.addAttribute("kosgebShown", true);
		this.kosgeb.findForEnterprise(user.getEnterpriseId()).ifPresentOrElse(application -> {
			model.addAttribute("kosgebApplication", application);
			model.addAttribute("kosgebNext", nextStep(application));
			if (application.getStatus() == ApplicationStatus.CORRECTION_REQUESTED
					&& application.getCorrectionDeadline() != null) {
				model.addAttribute("kosgebCountdown",
						Countdown.until(application.getCorrectionDeadline(), Instant.now(this.clock)));
			}
		},
				// before any draft: who may apply, judged on the profile (MADDE 7)
				() -> model.addAttribute("preCheck", this.preCheck.check(user.getEnterpriseId(), locale)));
	}

	/**
	 * The applicant's next step, from the file's state and, once accepted, from its loans
	 * (MADDE 14(3), 15(1)), as the loan module tells it: a paid loan no longer asks for a
	 * loan.
	 */
	private NextStep nextStep(KosgebApplication application) {
		if (application.getStatus() == ApplicationStatus.ACCEPTED) {
			AcceptedNextStep.NextStep step = this.acceptedNextStep.of(application.getId(),
					application.getEnterpriseId());
			return new NextStep(step.key(), step.arguments());
		}
		return new NextStep("kosgeb.next." + application.getStatus().name(), new Object[0]);
	}

	private void unitHome(DestekUser user, Model model) {
		ControlWorkload.Summary summary = this.workload.summary(user);
		LocalDate today = LocalDate.now(this.clock.withZone(DestekTime.ZONE));
		List<DueLine> due = summary.due().stream().map(row -> DueLine.of(row, today)).toList();
		model.addAttribute("unitWork", summary);
		// every file of the list is of the viewer's province unit
		model.addAttribute("unitProvince",
				this.provinces.find(user.getProvinceCode())
					.map(Provinces.Province::name)
					.orElse(String.valueOf(user.getProvinceCode())));
		model.addAttribute("unitDue", due);
		model.addAttribute("unitStates", ControlQueue.FILTERABLE);
		model.addAttribute("unitChart",
				BarChart.of(summary.perWeek().stream().map(w -> new BarChart.Value(w.monday(), w.count())).toList()));
		model.addAttribute("unitPaymentsChart", paymentsPerMonth(user, today));
		model.addAttribute("unitPayments", this.payments.queue(user).size());
		model.addAttribute("unitLoans", this.loanControl.queue(user).size());
		model.addAttribute("unitAppeals", this.appeals.unitQueue(user).size());
	}

	/**
	 * The support paid in the unit's province per month, the last {@value #MONTHS} months
	 * (approved payments of the ledger, MADDE 15(6)): what went to the enterprise plus
	 * what was offset to the tax office and SGK, in whole TL.
	 */
	private BarChart paymentsPerMonth(DestekUser user, LocalDate today) {
		LocalDate first = today.withDayOfMonth(1).minusMonths(MONTHS - 1);
		java.math.BigDecimal[] totals = new java.math.BigDecimal[MONTHS];
		java.util.Arrays.fill(totals, java.math.BigDecimal.ZERO);
		for (Payment payment : this.payments.ledger(user, user.getProvinceCode(), first, today)) {
			int month = (int) ChronoUnit.MONTHS.between(first, payment.getApprovedOn().withDayOfMonth(1));
			if (month >= 0 && month < MONTHS) {
				totals[month] = totals[month].add(payment.getPaidToEnterprise())
					.add(payment.getPaidToTaxOffice())
					.add(payment.getPaidToSgk());
			}
		}
		List<BarChart.Value> values = new java.util.ArrayList<>();
		for (int i = 0; i < MONTHS; i++) {
			values.add(new BarChart.Value(first.plusMonths(i),
					totals[i].setScale(0, java.math.RoundingMode.HALF_UP).longValueExact()));
		}
		return BarChart.of(values);
	}

	private void bankHome(DestekUser user, Model model) {
		this.banks.bankOf(user.getId()).ifPresent(bankCode -> {
			Map<LoanStatus, Long> counts = new EnumMap<>(LoanStatus.class);
			List<Loan> bankLoans = this.bankLoans.loans(bankCode);
			bankLoans.forEach(l -> counts.merge(l.getStatus(), 1L, Long::sum));
			java.util.Set<Long> withLoan = new java.util.HashSet<>();
			bankLoans.forEach(l -> withLoan.add(l.getApplicationId()));
			long waiting = this.bankLoans.acceptedApplications(bankCode)
				.stream()
				.filter(a -> !withLoan.contains(a.applicationId()))
				.count();
			model.addAttribute("bankName", this.banks.name(bankCode));
			model.addAttribute("bankCounts", counts);
			model.addAttribute("bankStates", LoanStatus.values());
			model.addAttribute("bankWaiting", waiting);
		});
	}

	/** A message key and its arguments. */
	record NextStep(String key, Object[] arguments) {
	}

	/**
	 * One open file of the unit with its control period in whole calendar days: negative
	 * when overdue (MADDE 9(1), 18(15)).
	 */
	record DueLine(ControlQueue.Row row, Long days) {

		static DueLine of(ControlQueue.Row row, LocalDate today) {
			Instant end = (row.status() == ApplicationStatus.CORRECTION_REQUESTED) ? row.correctionDeadline()
					: row.controlDueAt();
			Long days = (end != null) ? ChronoUnit.DAYS.between(today, end.atZone(DestekTime.ZONE).toLocalDate())
					: null;
			return new DueLine(row, days);
		}

		public boolean overdue() {
			return this.days != null && this.days < 0;
		}

		public long daysLate() {
			return (this.days != null) ? -this.days : 0;
		}

	}

}
