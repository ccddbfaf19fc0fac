package tr.destek.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A loan's document is looked up through the loan before the loan's state is checked
 * (isolation sweep, issue #9): another loan's document under the bank's own disbursed
 * loan is not found (404), and stays.
 */
@IntegrationTest
class ForeignLoanDocumentTests {

	/** Isparta: one of the isolation sweep's provinces, used by no other test */
	static final int PROVINCE = 32;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAccountService users;

	@Autowired
	BankDirectory banks;

	@Autowired
	DocumentStore documents;

	@Test
	void anotherLoansDocumentUnderTheBanksOwnDisbursedLoanIsNotFoundAndStays() throws Exception {
		LoanFixtures fixtures = LoanFixtures.from(this.context);
		LocalDate today = LocalDate.now(DestekTime.ZONE);
		DisbursedLoan disbursed = fixtures.disbursedLoan(
				fixtures.acceptedApplication(PROVINCE, "Kredili Belge A.Ş.", today.minusMonths(2)),
				new BigDecimal("1500000.00"), today.minusMonths(1), 12, 0);
		Loan waiting = fixtures.allocatedLoan(fixtures.acceptedApplication(PROVINCE, "Bekleyen Belge A.Ş."),
				new BigDecimal("1500000.00"));
		Long otherDocument = this.documents.list(BankLoanService.ENTITY, String.valueOf(waiting.getId())).get(0).id();
		UserAccount account = this.users.createStaffWithPassword("banka-" + UUID.randomUUID() + "@banka.test",
				"Banka Yetkilisi", EnumSet.of(Role.BANK_OFFICER), ControlFixtures.PASSWORD);
		this.banks.assign(account.getId(), LoanFixtures.BANK);
		DestekUser officer = ControlFixtures.from(this.context).principal(account);

		this.mvc
			.perform(post("/bank/loans/{id}/documents/{documentId}/remove", disbursed.loanId(), otherDocument)
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.documents.find(otherDocument)).isPresent();
	}

}
