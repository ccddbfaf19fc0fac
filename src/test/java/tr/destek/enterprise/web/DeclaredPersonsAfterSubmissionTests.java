package tr.destek.enterprise.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.enterprise.EnterprisePerson;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.InvalidEnterpriseChangeException;
import tr.destek.enterprise.PersonDeclaration;
import tr.destek.enterprise.PersonRelation;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #9 point 9: once an application is submitted, the declared owners, partners and
 * relatives (MADDE 18(9),(10)) cannot be removed to dodge the conflict checks, until the
 * application is concluded.
 */
@IntegrationTest
class DeclaredPersonsAfterSubmissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	EnterpriseService.SignedUp applicant;

	EnterprisePerson owner;

	@BeforeEach
	void setUp() {
		this.applicant = Applicants.signUp(this.enterprises, "Beyan Kilidi A.Ş.");
		this.owner = this.enterprises.declarePerson(enterpriseId(),
				new PersonDeclaration("10000000146", "Ayşe Ortak", PersonRelation.OWNER, new BigDecimal("100"), null));
	}

	Long enterpriseId() {
		return this.applicant.enterprise().getId();
	}

	RequestPostProcessor asApplicant() {
		return Applicants.as(this.userDetails, this.applicant.account().getEmail());
	}

	@Test
	void madde18_9_aDeclaredPersonCannotBeRemovedWhileAnApplicationIsInProgress() throws Exception {
		ControlFixtures.from(this.context).submitted(enterpriseId(), 6);

		this.mvc.perform(post("/enterprise/persons/{id}/remove", this.owner.getId()).with(asApplicant()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString("MADDE 18(9)")));
		assertThat(this.enterprises.find(enterpriseId()).orElseThrow().getPersons()).extracting(EnterprisePerson::getId)
			.containsExactly(this.owner.getId());
		assertThatThrownBy(() -> this.enterprises.removePerson(enterpriseId(), this.owner.getId()))
			.isInstanceOfSatisfying(InvalidEnterpriseChangeException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("enterprise.person.locked"));

		this.mvc.perform(get("/enterprise/persons").with(asApplicant()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"persons-locked\"")))
			.andExpect(content().string(not(containsString("/enterprise/persons/" + this.owner.getId() + "/remove"))));
	}

	@Test
	void aPersonCanBeRemovedAgainOnceTheApplicationIsConcluded() throws Exception {
		Long application = ControlFixtures.from(this.context).submitted(enterpriseId(), 6);
		this.jdbc.update("update kosgeb_application set status = 'REJECTED' where id = ?", application);

		this.mvc.perform(post("/enterprise/persons/{id}/remove", this.owner.getId()).with(asApplicant()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashSuccess"));
		assertThat(this.enterprises.find(enterpriseId()).orElseThrow().getPersons()).isEmpty();
	}

}
