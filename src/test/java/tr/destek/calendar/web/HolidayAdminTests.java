package tr.destek.calendar.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.calendar.DeadlineCalendar;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /admin/holidays: the admin-edited holiday calendar (deadlines.md item 6). */
@IntegrationTest
class HolidayAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeadlineCalendar calendar;

	@Test
	void adminListsAYearsHolidays() throws Exception {
		this.mvc.perform(get("/admin/holidays").param("year", "2026").with(admin("list")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2026 yılının resmî tatilleri"),
					containsString("Kurban Bayramı 4. gün"), containsString("Cumhuriyet Bayramı arifesi"))));
	}

	@Test
	void adminAddsAndRemovesAHolidayWhichDeadlinesSeeAtOnceAndBothAreAudited() throws Exception {
		LocalDate date = uniqueWeekday();
		String email = "admin-" + System.nanoTime() + "@destek.test";
		assertThat(this.calendar.isWorkingDay(date)).isTrue();

		this.mvc
			.perform(post("/admin/holidays").with(admin(email))
				.with(csrf())
				.param("date", date.toString())
				.param("nameTr", "Test tatili")
				.param("nameEn", "Test holiday")
				.param("id", "999"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/holidays?year=" + date.getYear()))
			.andExpect(flash().attributeExists("flashSuccess"));

		Long id = this.jdbc.queryForObject("select id from official_holiday where holiday_date = ?", Long.class, date);
		assertThat(id).isNotEqualTo(999L);
		assertThat(this.calendar.isWorkingDay(date)).isFalse();
		assertThat(this.jdbc.queryForObject("select created_by from official_holiday where id = ?", String.class, id))
			.isEqualTo(email);

		this.mvc.perform(get("/admin/holidays/" + id + "/delete").with(admin(email)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test tatili")));
		this.mvc.perform(post("/admin/holidays/" + id + "/delete").with(admin(email)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/holidays?year=" + date.getYear()));

		assertThat(this.jdbc.queryForObject("select count(*) from official_holiday where holiday_date = ?",
				Integer.class, date))
			.isZero();
		assertThat(this.calendar.isWorkingDay(date)).isTrue();
		List<String> actions = this.jdbc.queryForList(
				"select action from audit_entry where entity_type = 'OfficialHoliday' and entity_id = ? and actor = ? order by id",
				String.class, String.valueOf(id), email);
		assertThat(actions).containsExactly("HOLIDAY_ADDED", "HOLIDAY_REMOVED");
	}

	@Test
	void aDuplicateDateIsRefusedNextToTheField() throws Exception {
		this.mvc
			.perform(post("/admin/holidays").with(admin("dup"))
				.with(csrf())
				.param("date", "2026-10-29")
				.param("nameTr", "İkinci kayıt")
				.param("nameEn", "Second entry"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"date-error\""),
					containsString("Bu tarihte zaten bir resmî tatil kayıtlı"), containsString("İkinci kayıt"))));
		assertThat(this.jdbc.queryForObject(
				"select name_tr from official_holiday where holiday_date = date '2026-10-29'", String.class))
			.isEqualTo("Cumhuriyet Bayramı");
	}

	@Test
	void missingNamesAreShownNextToTheFields() throws Exception {
		this.mvc
			.perform(post("/admin/holidays").with(admin("blank"))
				.with(csrf())
				.param("date", uniqueWeekday().toString())
				.param("nameTr", " ")
				.param("nameEn", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"nameTr-error\""), containsString("Adı girin."))));
	}

	@Test
	void applicantsAndAnonymousVisitorsMayNotEditHolidays() throws Exception {
		RequestPostProcessor applicant = user("applicant-" + System.nanoTime() + "@destek.test").roles("APPLICANT");
		this.mvc.perform(get("/admin/holidays").with(applicant)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/holidays").with(applicant)
				.with(csrf())
				.param("date", uniqueWeekday().toString())
				.param("nameTr", "x")
				.param("nameEn", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/holidays"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/admin/holidays/1/delete").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.queryForObject("select count(*) from official_holiday where name_tr = 'x'", Integer.class))
			.isZero();
	}

	@Test
	void removingWithoutCsrfIsRefused() throws Exception {
		this.mvc.perform(post("/admin/holidays/1/delete").with(admin("nocsrf"))).andExpect(status().isForbidden());
	}

	/**
	 * A weekday in a far year nobody else's test uses, so the shared database stays
	 * clean.
	 */
	private static LocalDate uniqueWeekday() {
		LocalDate date = LocalDate.of(ThreadLocalRandom.current().nextInt(2200, 2900), 1, 1)
			.plusDays(ThreadLocalRandom.current().nextInt(0, 360));
		while (date.getDayOfWeek().getValue() > 5) {
			date = date.plusDays(1);
		}
		return date;
	}

	/** An admin principal with a full name, as the layout shows it. */
	private static RequestPostProcessor admin(String name) {
		return user(
				new NamedUser(name.contains("@") ? name : name + "-" + System.nanoTime() + "@destek.test", "ADMIN"));
	}

	record NamedUser(String username, String role) implements UserDetails {

		public String getFullName() {
			return "Test " + this.role;
		}

		@Override
		public Collection<? extends GrantedAuthority> getAuthorities() {
			return AuthorityUtils.createAuthorityList("ROLE_" + this.role);
		}

		@Override
		public String getPassword() {
			return "";
		}

		@Override
		public String getUsername() {
			return this.username;
		}

	}

}
