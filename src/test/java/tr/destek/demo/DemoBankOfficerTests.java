package tr.destek.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tr.destek.identity.UserAccountService;
import tr.destek.loan.BankDirectory;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo bank officer can use the bank portal: he works for a protocol bank. */
@IntegrationTest
class DemoBankOfficerTests {

	@Autowired
	DemoData demo;

	@Autowired
	DemoBankOfficer officer;

	@Autowired
	UserAccountService users;

	@Autowired
	BankDirectory banks;

	@Test
	void theDemoBankOfficerWorksForTheQualifyingEnterprisesBankOrTheFirstBank() {
		this.demo.createAll();
		Long officerId = this.users.findByEmail(DemoBankOfficer.EMAIL).orElseThrow().getId();

		assertThat(this.banks.bankOf(officerId)).contains(this.officer.preferredBank());
		this.demo.createAll();
		assertThat(this.banks.bankOf(officerId)).contains(this.officer.preferredBank());
	}

}
