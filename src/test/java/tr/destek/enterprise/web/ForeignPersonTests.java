package tr.destek.enterprise.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.enterprise.EnterprisePerson;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A declared person is looked up through the caller's own enterprise (isolation sweep,
 * issue #9): another enterprise's person is not found (404), whatever the state of the
 * caller's own declared persons, and stays declared.
 */
@IntegrationTest
class ForeignPersonTests {

	/** Kars: one of the isolation sweep's provinces, used by no other test */
	static final short PROVINCE = 36;

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void anotherEnterprisesDeclaredPersonIsNotFoundAndStays() throws Exception {
		DestekUser owner = (DestekUser) this.userDetails
			.loadUserByUsername(KosgebApplicants.qualifying(this.enterprises, PROVINCE));
		DestekUser other = (DestekUser) this.userDetails
			.loadUserByUsername(KosgebApplicants.qualifying(this.enterprises, PROVINCE));
		EnterprisePerson person = this.enterprises.find(owner.getEnterpriseId()).orElseThrow().getPersons().get(0);

		this.mvc.perform(post("/enterprise/persons/{id}/remove", person.getId()).with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.enterprises.find(owner.getEnterpriseId()).orElseThrow().getPersons())
			.extracting(EnterprisePerson::getId)
			.contains(person.getId());
	}

}
