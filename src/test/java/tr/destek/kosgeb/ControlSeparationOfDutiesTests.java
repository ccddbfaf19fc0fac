package tr.destek.kosgeb;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * MADDE 9(2): the responsible staff member proposes, the unit manager approves — two
 * people. A staff member who holds both roles may not approve the proposal he made
 * himself; another manager of the unit does.
 */
@IntegrationTest
class ControlSeparationOfDutiesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService users;

	@Test
	void madde9_2_theProposerMayNotApproveHisOwnProposalEvenWithBothRoles() throws Exception {
		ControlFixtures fixtures = ControlFixtures.from(this.context);
		UserAccount both = this.users.createStaffWithPassword("iki-rol-" + UUID.randomUUID() + "@kosgeb.test",
				"İki Rollü Uzman", EnumSet.of(Role.RESPONSIBLE_STAFF, Role.UNIT_MANAGER), (short) 7,
				ControlFixtures.PASSWORD);
		UserAccount manager = fixtures.staff(Role.UNIT_MANAGER, 7);
		Long id = fixtures.submitted(7, "Düzce Ahşap Makine");
		assertThat(fixtures.load(id).getAssignedStaffId()).isEqualTo(both.getId());

		this.mvc
			.perform(post("/kosgeb/control/{id}/proposal", id).with(user(fixtures.principal(both)))
				.with(csrf())
				.param("proposal", "REJECT")
				.param("note", "Başvuru kapsam dışı")
				.param("version", String.valueOf(fixtures.load(id).getVersion())))
			.andExpect(flash().attribute("flashSuccessKey", "kosgeb-control.proposal.sent"));

		this.mvc
			.perform(post("/kosgeb/control/{id}/approve", id).with(user(fixtures.principal(both)))
				.with(csrf())
				.param("version", String.valueOf(fixtures.load(id).getVersion())))
			.andExpect(flash().attribute("flashError", containsString("MADDE 9(2)")));
		assertThat(fixtures.load(id).getStatus()).isEqualTo(ApplicationStatus.CONTROL_APPROVAL);

		this.mvc
			.perform(post("/kosgeb/control/{id}/approve", id).with(user(fixtures.principal(manager)))
				.with(csrf())
				.param("version", String.valueOf(fixtures.load(id).getVersion())))
			.andExpect(flash().attribute("flashSuccessKey", "kosgeb-control.decision.approved"));
		assertThat(fixtures.load(id).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
	}

}
