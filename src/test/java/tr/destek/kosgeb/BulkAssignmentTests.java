package tr.destek.kosgeb;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, point 9: the unit manager assigns several files to one responsible staff
 * member at once; each file is checked by the single action's rules (MADDE 9(1),(2)),
 * reported and audited on its own, and a refusal does not undo the others. Province 55
 * only.
 */
@IntegrationTest
class BulkAssignmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void madde9_2_theUnitManagerAssignsSeveralFilesAtOnceEachCheckedReportedAndAudited() throws Exception {
		ControlFixtures control = ControlFixtures.from(this.context);
		UserAccount manager = control.staff(Role.UNIT_MANAGER, 55);
		Long first = control.submitted(55, "Toplu Atama Bir " + UUID.randomUUID());
		Long second = control.submitted(55, "Toplu Atama İki " + UUID.randomUUID());
		Long ready = control.readyForBoard(55, "Toplu Atama Kurulda " + UUID.randomUUID());
		Long readyStaff = control.load(ready).getAssignedStaffId();
		UserAccount taker = control.staff(Role.RESPONSIBLE_STAFF, 55);

		// the queue offers the choice to the manager
		String queue = this.mvc.perform(get("/kosgeb/control").with(user(control.principal(manager))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(queue).contains("id=\"bulk-form\"").contains("id=\"select-" + first + "\"");
		// the queue names the days left of the control period (MADDE 9(1)), not just a
		// date
		org.jsoup.nodes.Element days = org.jsoup.Jsoup.parse(queue).getElementById("days-" + first);
		assertThat(days).isNotNull();
		assertThat(days.text()).matches("\\d+ gün kaldı|Süre bugün doluyor");

		MvcResult result = this.mvc
			.perform(post("/kosgeb/control/bulk-assign").with(user(control.principal(manager)))
				.with(csrf())
				.param("ids", String.valueOf(first), String.valueOf(second), String.valueOf(ready))
				.param("staffId", String.valueOf(taker.getId())))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		@SuppressWarnings("unchecked")
		List<Object> lines = (List<Object>) result.getFlashMap().get("bulkResults");
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0).toString()).contains("done=true").contains(control.load(first).getReference());
		assertThat(lines.get(1).toString()).contains("done=true");
		// a file past the unit's control cannot be handed over: refused with the reason
		assertThat(lines.get(2).toString()).contains("done=false").contains("Kurula sunulmaya hazır");

		assertThat(control.load(first).getAssignedStaffId()).isEqualTo(taker.getId());
		assertThat(control.load(second).getAssignedStaffId()).isEqualTo(taker.getId());
		assertThat(control.load(ready).getAssignedStaffId()).isEqualTo(readyStaff);
		for (Long id : List.of(first, second)) {
			assertThat(this.jdbc
				.sql("select count(*) from audit_entry where action in ('KOSGEB_ASSIGNED', 'KOSGEB_REASSIGNED')"
						+ " and entity_id = ? and summary like ?")
				.params(String.valueOf(id), "%" + taker.getEmail() + "%")
				.query(Integer.class)
				.single()).as("audit of " + id).isEqualTo(1);
		}
	}

	@Test
	void aChosenFileOfAnotherUnitIsNotFoundAndNothingIsAssigned() throws Exception {
		// units of their own (Kahramanmaraş, Iğdır): the home page tests count unit 55's
		// files
		ControlFixtures control = ControlFixtures.from(this.context);
		UserAccount manager = control.staff(Role.UNIT_MANAGER, 32);
		Long own = control.submitted(32, "Toplu Atama Kendi " + UUID.randomUUID());
		Long foreign = control.submitted(36, "Toplu Atama Başka İl " + UUID.randomUUID());
		Long foreignStaff = control.load(foreign).getAssignedStaffId();
		UserAccount taker = control.staff(Role.RESPONSIBLE_STAFF, 32);
		long auditBefore = this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

		for (String alien : List.of(String.valueOf(foreign), String.valueOf(Long.MAX_VALUE))) {
			this.mvc
				.perform(post("/kosgeb/control/bulk-assign").with(user(control.principal(manager)))
					.with(csrf())
					.param("ids", String.valueOf(own), alien)
					.param("staffId", String.valueOf(taker.getId())))
				.andExpect(status().isNotFound());
		}

		assertThat(control.load(own).getAssignedStaffId()).isNotEqualTo(taker.getId());
		assertThat(control.load(foreign).getAssignedStaffId()).isEqualTo(foreignStaff);
		assertThat(this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(auditBefore);
	}

	@Test
	void onlyTheUnitManagerAssignsAndAnEmptyChoiceIsAMessage() throws Exception {
		ControlFixtures control = ControlFixtures.from(this.context);
		UserAccount staff = control.staff(Role.RESPONSIBLE_STAFF, 55);
		Long file = control.submitted(55, "Toplu Atama Yetkisiz " + UUID.randomUUID());
		this.mvc
			.perform(post("/kosgeb/control/bulk-assign").with(user(control.principal(staff)))
				.with(csrf())
				.param("ids", String.valueOf(file))
				.param("staffId", String.valueOf(staff.getId())))
			.andExpect(status().isForbidden());

		UserAccount manager = control.staff(Role.UNIT_MANAGER, 55);
		MvcResult none = this.mvc
			.perform(post("/kosgeb/control/bulk-assign").with(user(control.principal(manager)))
				.with(csrf())
				.param("staffId", String.valueOf(staff.getId())))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(none.getFlashMap().get("flashErrorKey")).isEqualTo("kosgeb-control.bulk.none");
	}

}
