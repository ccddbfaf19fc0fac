package tr.destek.payment;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.loan.LoanFixtures;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An invoice posted to another enterprise's payment request (isolation sweep, issue #9):
 * 404, and nothing is stored — not even the file kept for the next try after a validation
 * error (issue #10), and no audit entry.
 */
@IntegrationTest
class ForeignRequestUploadTests {

	/** Isparta: one of the isolation sweep's provinces, used by no other test */
	static final int PROVINCE = 32;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PaymentService payments;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInvoiceFileSentToAnotherEnterprisesRequestIsNotFoundAndNothingIsStored() throws Exception {
		PaymentFixtures.Case owner = new PaymentFixtures(this.context).acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.payments.open(owner.applicant(), owner.loan().loanId(), 1,
				owner.loan().schedule().get(0).dueDate());
		DestekUser other = (DestekUser) this.userDetails
			.loadUserByUsername(KosgebApplicants.qualifying(this.enterprises, (short) PROVINCE));
		long documents = documentsOf(other);
		long audit = auditBy(other);

		this.mvc
			.perform(multipart("/kosgeb/application/payments/requests/{id}/invoices", request.getId())
				.file(new MockMultipartFile("file", "fatura.pdf", "application/pdf", LoanFixtures.PDF))
				.with(user(other))
				.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(documentsOf(other)).isEqualTo(documents);
		assertThat(auditBy(other)).isEqualTo(audit);
	}

	private long documentsOf(DestekUser user) {
		return this.jdbc.queryForObject("select count(*) from document where enterprise_id = ?", Long.class,
				user.getEnterpriseId());
	}

	private long auditBy(DestekUser user) {
		return this.jdbc.queryForObject("select count(*) from audit_entry where actor = ?", Long.class,
				user.getUsername());
	}

}
