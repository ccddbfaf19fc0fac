package tr.destek.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditEntry;
import tr.destek.audit.AuditTrail;
import tr.destek.support.IntegrationTest;
import tr.destek.support.ModuleEvents;
import tr.destek.support.OwnerJdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The seeded parameters (V6) and adding versions. Every test rolls back, so no version
 * added here is seen by other tests.
 */
@IntegrationTest
@Transactional
class ProgrammeParametersTests {

	@Autowired
	ProgrammeParameters parameters;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OwnerJdbc owner;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void madde6_1_programmeDurationIs12MonthsUntilTheAmendmentAnd24From24September2024() {
		assertThat(this.parameters.integer(ParameterScope.KOSGEB_DT, "programme.duration-months",
				LocalDate.of(2024, 5, 3)))
			.isEqualTo(12);
		assertThat(this.parameters.integer(ParameterScope.KOSGEB_DT, "programme.duration-months",
				LocalDate.of(2024, 9, 23)))
			.isEqualTo(12);
		ParameterValue amended = this.parameters.valueAsOf(ParameterScope.KOSGEB_DT, "programme.duration-months",
				LocalDate.of(2024, 9, 24));
		assertThat(amended.asInteger()).isEqualTo(24);
		assertThat(amended.unit()).isEqualTo("MONTHS");
		assertThat(amended.validFrom()).isEqualTo(LocalDate.of(2024, 9, 24));
		assertThat(amended.sourceArticle()).contains("MADDE 6(1)").contains("471721");
	}

	@Test
	void madde6_1_durationsOfManyDatesComeFromOneReadAndMatchTheSingleLookups() {
		List<LocalDate> dates = List.of(LocalDate.of(2025, 1, 2), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31));
		Map<LocalDate, Integer> durations = this.parameters.integersAsOf(ParameterScope.KOSGEB_DT,
				"programme.duration-months", dates);
		assertThat(durations).hasSize(2);
		for (LocalDate date : dates) {
			assertThat(durations.get(date))
				.isEqualTo(this.parameters.integer(ParameterScope.KOSGEB_DT, "programme.duration-months", date));
		}
		assertThat(this.parameters.integersAsOf(ParameterScope.KOSGEB_DT, "programme.duration-months", List.of()))
			.isEmpty();
		assertThatExceptionOfType(ParameterNotDefinedException.class)
			.isThrownBy(() -> this.parameters.integersAsOf(ParameterScope.KOSGEB_DT, "programme.duration-months",
					List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2024, 5, 2))));
	}

	@Test
	void madde13_2_forwardingDaysOfManyDatesFollowANewVersion() {
		int before = this.parameters.integer(ParameterScope.KOSGEB_DT, "appeal.forwarding-days",
				LocalDate.of(2029, 12, 31));
		this.parameters.addVersion(ParameterScope.KOSGEB_DT, "appeal.forwarding-days", "20", LocalDate.of(2030, 1, 1),
				"MADDE 13(2)", "test");
		assertThat(this.parameters.integersAsOf(ParameterScope.KOSGEB_DT, "appeal.forwarding-days",
				List.of(LocalDate.of(2029, 12, 31), LocalDate.of(2030, 1, 1))))
			.containsEntry(LocalDate.of(2029, 12, 31), before)
			.containsEntry(LocalDate.of(2030, 1, 1), 20);
	}

	@Test
	void madde6_1_noDurationBeforeTheImplementingRulesEnteredIntoForce() {
		assertThatExceptionOfType(ParameterNotDefinedException.class).isThrownBy(() -> this.parameters
			.valueAsOf(ParameterScope.KOSGEB_DT, "programme.duration-months", LocalDate.of(2024, 5, 2)));
	}

	@Test
	void kobiYonetmeligiMadde5_mediumMoneyLimitIsRaisedToOneBillionOn7August2025() {
		assertThat(this.parameters.decimal(ParameterScope.KOBI, "medium.money-limit", LocalDate.of(2025, 8, 6)))
			.isEqualByComparingTo("500000000");
		assertThat(this.parameters.decimal(ParameterScope.KOBI, "medium.money-limit", LocalDate.of(2025, 8, 7)))
			.isEqualByComparingTo("1000000000");
		assertThat(this.parameters.integer(ParameterScope.KOBI, "micro.employees-below", LocalDate.of(2023, 5, 25)))
			.isEqualTo(10);
		assertThat(this.parameters.integer(ParameterScope.KOBI, "small.employees-below", LocalDate.of(2025, 8, 7)))
			.isEqualTo(50);
		assertThat(this.parameters.integer(ParameterScope.KOBI, "medium.employees-below", LocalDate.of(2025, 8, 7)))
			.isEqualTo(250);
		assertThat(this.parameters.decimal(ParameterScope.KOBI, "micro.money-limit", LocalDate.of(2025, 8, 7)))
			.isEqualByComparingTo("10000000");
		assertThat(this.parameters.decimal(ParameterScope.KOBI, "small.money-limit", LocalDate.of(2025, 8, 7)))
			.isEqualByComparingTo("100000000");
	}

	@Test
	void madde15_4_subsidyFormulaSwitchesOn29November2024() {
		assertThat(this.parameters.valueAsOf(ParameterScope.KOSGEB_DT, "subsidy.formula", LocalDate.of(2024, 11, 28))
			.value()).isEqualTo("INTEREST_PAID_RATIO");
		assertThat(this.parameters.valueAsOf(ParameterScope.KOSGEB_DT, "subsidy.formula", LocalDate.of(2024, 11, 29))
			.value()).isEqualTo("LOAN_TERM_SUPPORT_POINTS");
	}

	@Test
	void seedCoversTheKosgebTableAndTheOtherProgrammes() {
		LocalDate day = LocalDate.of(2025, 1, 15);
		assertThat(this.parameters.decimal(ParameterScope.KOSGEB_DT, "loan.min-amount", day))
			.isEqualByComparingTo("1000000");
		assertThat(this.parameters.decimal(ParameterScope.KOSGEB_DT, "loan.max-amount", day))
			.isEqualByComparingTo("20000000");
		assertThat(this.parameters.decimal(ParameterScope.KOSGEB_DT, "support-points", day)).isEqualByComparingTo("20");
		assertThat(this.parameters.integer(ParameterScope.KOSGEB_DT, "appeal.window-days", day)).isEqualTo(15);
		assertThat(this.parameters.integer(ParameterScope.KOSGEB_DT, "board.max-new-applications-per-day", day))
			.isEqualTo(15);
		assertThat(this.parameters.valueAsOf(ParameterScope.KOSGEB_DT, "transitional.apply-until", day).value())
			.isEqualTo("2025-05-31");
		assertThat(this.parameters.decimal(ParameterScope.HISER, "cap.per-marketing-activity", day))
			.isEqualByComparingTo("1800000");
		assertThat(this.parameters.decimal(ParameterScope.HISER, "cap.per-project-other", day))
			.isEqualByComparingTo("4800000");
		assertThat(this.parameters.decimal(ParameterScope.SAYEM_1833, "own-contribution.large", day))
			.isEqualByComparingTo("30");
		assertThat(this.parameters.integer(ParameterScope.SAYEM_1833, "repayment.max-instalments", day)).isEqualTo(8);
		assertThat(this.parameters.decimal(ParameterScope.SAYEM_1833, "budget.platform-max", day))
			.isEqualByComparingTo("300000000");
	}

	@Test
	void everySeededValueIsValidForItsUnitAndCitesItsSource() {
		for (ParameterOverview overview : this.parameters.overview(LocalDate.of(2026, 1, 1))) {
			assertThat(overview.versions()).as(overview.definition().getKey()).isNotEmpty();
			for (ParameterVersion version : overview.versions()) {
				assertThat(overview.definition().parameterUnit().normalize(version.getValue()))
					.as(version.getScope() + "/" + version.getKey())
					.isEqualTo(version.getValue());
				assertThat(version.getSourceArticle()).isNotBlank();
			}
		}
	}

	@Test
	void overviewLoadsDefinitionsAndVersionsInTwoQueries() {
		// asynchronous module listeners of earlier tests would be counted too
		ModuleEvents.awaitIdle(this.jdbc);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			List<ParameterOverview> overview = this.parameters.overview(LocalDate.of(2024, 9, 23));
			assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2);
			assertThat(overview).extracting((o) -> o.definition().getScope())
				.containsSubsequence(ParameterScope.KOBI, ParameterScope.KOSGEB_DT, ParameterScope.HISER,
						ParameterScope.SAYEM_1833);
			ParameterOverview duration = overview.stream()
				.filter((o) -> o.definition().getKey().equals("programme.duration-months")
						&& o.definition().getScope().equals(ParameterScope.KOSGEB_DT))
				.findFirst()
				.orElseThrow();
			assertThat(duration.inForce().getValue()).isEqualTo("12");
			assertThat(duration.next().getValue()).isEqualTo("24");
			assertThat(duration.versionCount()).isEqualTo(2);
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

	@Test
	@WithMockUser(username = "admin@example.org", roles = "ADMIN")
	void addVersionStartsANewValueAndAuditsWhatItSupersedes() {
		ParameterVersion added = this.parameters.addVersion(ParameterScope.KOSGEB_DT, "support-points", "22.5",
				LocalDate.of(2031, 1, 1), " UE-34.00/03 MADDE 6(3) ", "Olur 01/12/2030");

		assertThat(added.getCreatedBy()).isEqualTo("admin@example.org");
		assertThat(this.parameters.decimal(ParameterScope.KOSGEB_DT, "support-points", LocalDate.of(2030, 12, 31)))
			.isEqualByComparingTo("20");
		ParameterValue value = this.parameters.valueAsOf(ParameterScope.KOSGEB_DT, "support-points",
				LocalDate.of(2031, 1, 1));
		assertThat(value.asDecimal()).isEqualByComparingTo(new BigDecimal("22.5"));
		assertThat(value.sourceArticle()).isEqualTo("UE-34.00/03 MADDE 6(3)");

		List<AuditEntry> entries = this.audit.history("ParameterVersion", added.getId());
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo("PARAMETER_VERSION_ADDED");
			assertThat(entry.getActor()).isEqualTo("admin@example.org");
			assertThat(entry.getBeforeState()).contains("KOSGEB_DT/support-points = 20 PERCENT").contains("2024-09-24");
			assertThat(entry.getAfterState()).contains("KOSGEB_DT/support-points = 22.5 PERCENT")
				.contains("2031-01-01");
		});
	}

	@Test
	void addVersionRefusesAnUnknownParameter() {
		assertRejected(() -> this.parameters.addVersion(ParameterScope.KOSGEB_DT, "no.such-parameter", "1",
				LocalDate.of(2031, 1, 1), "MADDE 1", null), "key", "programme.error.key.unknown");
	}

	@Test
	void addVersionRefusesAValueThatIsNotValidForTheUnit() {
		assertRejected(() -> this.parameters.addVersion(ParameterScope.KOSGEB_DT, "loan.max-amount", "25000000.123",
				LocalDate.of(2031, 1, 1), "MADDE 6(2)", null), "value", "programme.error.value.tl");
		assertRejected(() -> this.parameters.addVersion(ParameterScope.KOSGEB_DT, "support-points", "120",
				LocalDate.of(2031, 1, 1), "MADDE 6(3)", null), "value", "programme.error.value.percent");
		assertRejected(() -> this.parameters.addVersion(ParameterScope.KOSGEB_DT, "appeal.window-days", "15.5",
				LocalDate.of(2031, 1, 1), "MADDE 13(1)", null), "value", "programme.error.value.whole-number");
		assertRejected(() -> this.parameters.addVersion(ParameterScope.KOSGEB_DT, "transitional.apply-until",
				"31.05.2026", LocalDate.of(2031, 1, 1), "GEÇİCİ MADDE 1", null), "value", "programme.error.value.date");
	}

	@Test
	void addVersionRequiresTheSourceArticle() {
		assertRejected(
				() -> this.parameters.addVersion(ParameterScope.KOSGEB_DT, "appeal.window-days", "20",
						LocalDate.of(2031, 1, 1), "  ", null),
				"sourceArticle", "programme.error.source-article.required");
	}

	@Test
	void addVersionNeverRewritesThePast() {
		// the newest version of the KOBİ medium money limit starts on 2025-08-07
		assertRejected(
				() -> this.parameters.addVersion(ParameterScope.KOBI, "medium.money-limit", "750000000",
						LocalDate.of(2025, 8, 7), "KOBİ Yönetmeliği MADDE 5(1)(c)", null),
				"validFrom", "programme.error.valid-from.not-after-newest");
		assertRejected(
				() -> this.parameters.addVersion(ParameterScope.KOBI, "medium.money-limit", "750000000",
						LocalDate.of(2024, 1, 1), "KOBİ Yönetmeliği MADDE 5(1)(c)", null),
				"validFrom", "programme.error.valid-from.not-after-newest");
		assertThat(this.parameters.decimal(ParameterScope.KOBI, "medium.money-limit", LocalDate.of(2025, 8, 7)))
			.isEqualByComparingTo("1000000000");
	}

	@Test
	void addVersionReportsEveryRefusedInputAtOnce() {
		assertThatExceptionOfType(ParameterVersionRejectedException.class)
			.isThrownBy(() -> this.parameters.addVersion(ParameterScope.KOSGEB_DT, "loan.min-amount", "abc", null, null,
					"x".repeat(501)))
			.satisfies(
					(ex) -> assertThat(ex.violations()).extracting(ParameterVersionRejectedException.Violation::field)
						.containsExactly("value", "validFrom", "sourceArticle", "note"));
	}

	@Test
	void theDatabaseRefusesToUpdateAVersion() {
		// the application's role may not even try (DatabaseRolesTests); the trigger stops
		// the owner role too
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.owner.jdbc()
			.update("update parameter_version set value_text = '36' where scope = 'KOSGEB_DT' and param_key = 'programme.duration-months'"))
			.satisfies((ex) -> assertThat(ex.getMostSpecificCause().getMessage()).contains("never edited or deleted"));
	}

	@Test
	void theDatabaseRefusesToDeleteAVersion() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.owner.jdbc().update("delete from parameter_version where scope = 'KOBI'"))
			.satisfies((ex) -> assertThat(ex.getMostSpecificCause().getMessage()).contains("never edited or deleted"));
	}

	private static void assertRejected(Runnable action, String field, String code) {
		assertThatExceptionOfType(ParameterVersionRejectedException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.violations()).anySatisfy((violation) -> {
				assertThat(violation.field()).isEqualTo(field);
				assertThat(violation.code()).isEqualTo(code);
			}));
	}

}
