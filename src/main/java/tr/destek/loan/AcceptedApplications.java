package tr.destek.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.board.DecidedExpenseItem;
import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.board.ItemOutcome;
import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.NotFoundException;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ProgrammeParameters;

/**
 * Reads the applications the board accepted, with what loans already finance. The loan
 * ceiling is the support base of the latest registered acceptance (MADDE 14(2)); the
 * programme period starts on the registry date of the first one (MADDE 6(5)) and lasts
 * {@code programme.duration-months} (MADDE 6(1)), its last day by the month rule of MADDE
 * 18(14).
 */
@Component
class AcceptedApplications {

	static final String PROGRAMME_DURATION_MONTHS = "programme.duration-months";

	private final KosgebApplicationService applications;

	private final DecisionService decisions;

	private final EnterpriseService enterprises;

	private final DeadlineCalendar calendar;

	private final ProgrammeParameters parameters;

	private final JdbcClient jdbc;

	private final LoanRepository loans;

	AcceptedApplications(KosgebApplicationService applications, DecisionService decisions,
			EnterpriseService enterprises, DeadlineCalendar calendar, ProgrammeParameters parameters, JdbcClient jdbc,
			LoanRepository loans) {
		this.applications = applications;
		this.decisions = decisions;
		this.enterprises = enterprises;
		this.calendar = calendar;
		this.parameters = parameters;
		this.jdbc = jdbc;
		this.loans = loans;
	}

	/**
	 * The accepted applications that chose the bank (MADDE 8(4), 14(3)(a)), newest
	 * decision first, in one query (no items).
	 */
	@Transactional(readOnly = true)
	List<AcceptedApplication> forBank(String bankCode) {
		List<AcceptedApplication> found = this.jdbc
			.sql("""
					select a.id, a.reference, a.enterprise_id, e.title, e.tax_number, a.province_code,
					       a.preferred_bank_code, d.registry_number, d.registry_date, d.support_base, s.registry_date as start_date
					from kosgeb_application a
					join enterprise e on e.id = a.enterprise_id
					join board_decision d on d.application_id = a.id and d.outcome = 'ACCEPTED' and d.registry_number is not null
					left join board_decision s on s.application_id = a.id and s.starts_programme
					where a.preferred_bank_code = ?
					  and not exists (select 1 from board_decision l where l.application_id = a.id and l.outcome = 'ACCEPTED'
					                  and l.registry_number is not null and l.registered_at > d.registered_at)
					order by d.registry_date desc, a.id desc
					""")
			.param(bankCode)
			.query((rs, n) -> new AcceptedApplication(rs.getLong("id"), rs.getString("reference"),
					rs.getLong("enterprise_id"), rs.getString("title"), rs.getString("tax_number"),
					rs.getShort("province_code"), rs.getString("preferred_bank_code"), rs.getString("registry_number"),
					rs.getObject("registry_date", LocalDate.class), rs.getBigDecimal("support_base"),
					rs.getObject("start_date", LocalDate.class), null, List.of()))
			.list();
		// the programme duration of every start date from one read, not one per row
		// (MADDE 6(1))
		Map<LocalDate, Integer> months = this.parameters.integersAsOf(ParameterScope.KOSGEB_DT,
				PROGRAMME_DURATION_MONTHS,
				found.stream()
					.map(AcceptedApplication::programmeStart)
					.filter(Objects::nonNull)
					.collect(Collectors.toSet()));
		return found.stream()
			.map((a) -> (a.programmeStart() == null) ? a
					: new AcceptedApplication(a.applicationId(), a.reference(), a.enterpriseId(), a.enterpriseTitle(),
							a.enterpriseTaxNumber(), a.provinceCode(), a.preferredBankCode(), a.registryNumber(),
							a.registryDate(), a.supportBase(), a.programmeStart(),
							programmeEnd(a.programmeStart(), months.get(a.programmeStart())), a.items()))
			.toList();
	}

	/** The accepted application with its approved items, or empty when not accepted. */
	@Transactional(readOnly = true)
	Optional<AcceptedApplication> find(Long applicationId) {
		KosgebApplication application;
		try {
			application = this.applications.find(applicationId);
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		Optional<Decision> accepted = this.decisions.registeredFor(applicationId)
			.stream()
			.filter(d -> d.getOutcome() == ItemOutcome.ACCEPTED)
			.max(Comparator.comparing(Decision::getRegisteredAt));
		Optional<LocalDate> start = this.decisions.programmeStart(applicationId);
		if (accepted.isEmpty() || start.isEmpty()) {
			return Optional.empty();
		}
		Decision decision = accepted.get();
		Enterprise enterprise = this.enterprises.find(application.getEnterpriseId()).orElseThrow();
		Map<Long, BigDecimal> financed = new HashMap<>();
		for (Loan loan : this.loans.findByApplicationIdOrderByIdAsc(applicationId)) {
			loan.getItems().forEach(i -> financed.merge(i.getExpenseItemId(), i.getAmount(), BigDecimal::add));
		}
		Map<Long, String> holders = itemBanks(applicationId);
		List<ApprovedItem> items = new ArrayList<>();
		for (DecidedExpenseItem item : decision.getItems()) {
			items.add(new ApprovedItem(item.getExpenseItemId(), item.getPosition(), item.getDescription(),
					item.getRequested(), item.getAccepted(),
					financed.getOrDefault(item.getExpenseItemId(), BigDecimal.ZERO.setScale(2)),
					holders.get(item.getExpenseItemId())));
		}
		return Optional.of(new AcceptedApplication(applicationId, application.getReference(),
				application.getEnterpriseId(), enterprise.getTitle(), enterprise.getTaxNumber(),
				application.getProvinceCode(), application.getPreferredBankCode(), decision.getRegistryNumber(),
				decision.getRegistryDate(), decision.getSupportBase(), start.get(), programmeEnd(start.get()), items));
	}

	AcceptedApplication require(Long applicationId) {
		return find(applicationId).orElseThrow(NotFoundException::new);
	}

	/** Which bank holds each financed expense item of the application (MADDE 15(12)). */
	Map<Long, String> itemBanks(Long applicationId) {
		Map<Long, String> holders = new HashMap<>();
		this.jdbc.sql("select expense_item_id, bank_code from loan_item_bank where application_id = ?")
			.param(applicationId)
			.query((rs, n) -> holders.put(rs.getLong("expense_item_id"), rs.getString("bank_code")))
			.list();
		return holders;
	}

	/** The last day of the programme period (MADDE 6(1), 6(5), 18(14)). */
	LocalDate programmeEnd(LocalDate start) {
		return programmeEnd(start, this.parameters.integer(ParameterScope.KOSGEB_DT, PROGRAMME_DURATION_MONTHS, start));
	}

	private LocalDate programmeEnd(LocalDate start, int months) {
		return this.calendar.deadline(start, months, PeriodUnit.MONTHS, Delivery.ELECTRONIC).lastDay();
	}

}
