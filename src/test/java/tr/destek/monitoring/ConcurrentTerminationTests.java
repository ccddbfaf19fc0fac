package tr.destek.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.support.IntegrationTest;
import tr.destek.support.Race;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 9, "must build" 2: a programme is terminated once (MADDE 17(5)). The secretariat
 * sending the board's termination decision twice at the same instant records one
 * termination; the other answer is the page with the rule, never a 500.
 */
@IntegrationTest
class ConcurrentTerminationTests {

	/** Kocaeli: assigned to the concurrency tests. */
	static final int PROVINCE = 41;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void madde17_5_aTerminationSentTwiceAtTheSameInstantIsRecordedOnce() throws Exception {
		MonitoringFixtures fixtures = new MonitoringFixtures(this.context);
		DestekUser secretariat = fixtures.control.principal(fixtures.control.staff(Role.BOARD_SECRETARIAT, PROVINCE));
		Long application = fixtures.accepted(PROVINCE, "Kocaeli Eşzamanlı Tasfiye", LocalDate.of(2025, 3, 3));
		MonitoringCase found = fixtures.caseOf(application);
		String url = "/board/secretariat/terminations/" + found.getId();

		List<Race.Outcome<MvcResult>> outcomes = Race.twice(
				() -> this.mvc
					.perform(post(url).param("cause", "LIQUIDATION")
						.param("decisionReference", "KK-2026-004117")
						.param("decisionDate", "2026-07-01")
						.param("excused", "false")
						.with(user(secretariat))
						.with(csrf()))
					.andReturn());

		assertThat(Race.losers(outcomes)).as("no exception escapes the web layer").isEmpty();
		List<MvcResult> answers = outcomes.stream().map(Race.Outcome::value).toList();
		assertThat(answers).extracting(r -> r.getResponse().getStatus()).containsExactlyInAnyOrder(302, 200);
		assertThat(answers).filteredOn(r -> r.getResponse().getStatus() == 200)
			.singleElement()
			.satisfies(r -> assertThat(r.getResponse().getContentAsString()).contains("Program zaten kapandı"));
		assertThat(this.jdbc.sql("select count(*) from monitoring_termination where case_id = ?")
			.param(found.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'MONITORING_TERMINATED' and entity_id = ?")
			.param(String.valueOf(found.getId()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
