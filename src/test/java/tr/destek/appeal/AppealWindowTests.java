package tr.destek.appeal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tr.destek.board.AppealFixtures;
import tr.destek.board.Decision;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.KosgebAppeals;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;
import tr.destek.programme.ParameterScope;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One owner of the appeal window (issue 11 point 5; MADDE 12(10), 13(1)): the last day
 * the board notifies with its rejection, the last day the applicant's page shows and the
 * last day the filing enforces are one value, computed once by {@link AppealWindow}.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class AppealWindowTests {

	/** this helper's province (issue 11 round: 60, 61) */
	static final int PROVINCE = 61;

	static final String REASONS = "Kurul, yazılımın yol haritası raporundaki önerilerle uyumunu yanlış değerlendirdi; "
			+ "ekteki teknik yazı bunu gösteriyor.";

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	AppealWindow window;

	@Autowired
	KosgebAppeals kosgebAppeals;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	JdbcTemplate jdbc;

	Long application;

	DestekUser applicant;

	Decision rejection;

	@BeforeEach
	void setUp() {
		AppealFixtures.Rejected rejected = new AppealFixtures(this.context).rejected(PROVINCE, "İtiraz Penceresi A.Ş.");
		this.application = rejected.application();
		this.applicant = rejected.applicant();
		this.rejection = rejected.rejection();
	}

	@Test
	void madde13_1_theLastDayNotifiedShownAndEnforcedIsTheAppealWindowsOne() throws Exception {
		LocalDate today = LocalDate.now(DestekTime.ZONE);
		LocalDate lastDay = this.window.lastDay(ParameterScope.KOSGEB_DT, today);
		// notified with the registered rejection and kept on the application
		assertThat(this.rejection.getAppealLastDay()).isEqualTo(lastDay);
		assertThat(this.applications.find(this.application).getAppealLastDay()).isEqualTo(lastDay);
		// shown on the applicant's page
		this.mvc.perform(get("/kosgeb/application/appeal").with(user(this.applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(DATE.format(lastDay))));

		// the day after that last day (the stored day moved back, as time passing would):
		// the page and the filing both refuse, citing the same day
		LocalDate passed = today.minusDays(1);
		this.jdbc.update("update kosgeb_application set appeal_last_day = ? where id = ?", passed, this.application);
		this.mvc.perform(get("/kosgeb/application/appeal").with(user(this.applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("appeal-refusal")))
			.andExpect(content().string(containsString(DATE.format(passed))));
		file().andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString(DATE.format(passed))));
		assertThat(this.kosgebAppeals.forApplication(this.application)).isEmpty();

		// on the last day itself the page offers the form and the filing is received
		this.jdbc.update("update kosgeb_application set appeal_last_day = ? where id = ?", today, this.application);
		this.mvc.perform(get("/kosgeb/application/appeal").with(user(this.applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("appeal-window")))
			.andExpect(content().string(containsString(DATE.format(today))));
		file().andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccessKey", "appeal.submitted"));
		assertThat(this.kosgebAppeals.forApplication(this.application)).isPresent();
		assertThat(this.applications.find(this.application).getStatus()).isEqualTo(ApplicationStatus.APPEALED);
	}

	@Test
	void theAppealWindowParameterIsReadInOnePlace() throws IOException {
		List<Path> readers;
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			readers = sources.filter(p -> p.toString().endsWith(".java")).filter(p -> {
				try {
					return Files.readString(p).contains("\"appeal.window-days\"");
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}

		assertThat(readers).singleElement()
			.satisfies(p -> assertThat(p.getFileName().toString()).isEqualTo("AppealWindow.java"));
	}

	ResultActions file() throws Exception {
		return this.mvc.perform(multipart("/kosgeb/application/appeal").param("reasons", REASONS)
			.param("version", String.valueOf(this.applications.find(this.application).getVersion()))
			.with(user(this.applicant))
			.with(csrf()));
	}

}
