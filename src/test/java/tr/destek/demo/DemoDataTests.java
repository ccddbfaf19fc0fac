package tr.destek.demo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.SizeClass;
import tr.destek.identity.Role;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/** The demo data a newcomer gets: a login per role and the two sample enterprises. */
@IntegrationTest
class DemoDataTests {

	@Autowired
	DemoData demo;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	MockMvc mvc;

	@Test
	void everyRoleCanSignInAndTheSampleEnterprisesHaveTheirSizeClasses() throws Exception {
		this.demo.createAll();
		// idempotent: a second start keeps what exists
		var logins = this.demo.createAll();
		// ... and two more appeal commission members (MADDE 13(4))
		assertThat(logins).hasSize(Role.STAFF_ROLES.size() + 2 + 2 + 2);
		for (String[] login : logins) {
			this.mvc.perform(formLogin("/login").userParameter("email").user(login[1]).password(DemoData.PASSWORD))
				.andExpect(authenticated());
		}
		LocalDate date = LocalDate.of(2026, 11, 23);
		Enterprise small = this.enterprises.findByTaxNumber(DemoEnterprises.QUALIFYING_TAX_NUMBER).orElseThrow();
		assertThat(this.enterprises.sizeClassAsOf(small.getId(), date).sizeClass()).isEqualTo(SizeClass.SMALL);
		Enterprise micro = this.enterprises.findByTaxNumber(DemoEnterprises.MICRO_TAX_NUMBER).orElseThrow();
		assertThat(this.enterprises.sizeClassAsOf(micro.getId(), date).sizeClass()).isEqualTo(SizeClass.MICRO);
	}

}
