package tr.destek.portal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.payment.PaymentFixtures;
import tr.destek.payment.PaymentRequest;
import tr.destek.payment.PaymentService;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, point 7: the staff lists tell files apart by the enterprise's name, its
 * province, the amount and the state, not by "Kredi #1" or a registry number alone.
 * Province 55 only.
 */
@IntegrationTest
class StaffListLabelsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PaymentService payments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loansPaymentsMonitoringAndTerminationsNameTheEnterpriseAndItsProvince() throws Exception {
		PaymentFixtures fixtures = new PaymentFixtures(this.context);
		PaymentFixtures.Case c = fixtures.acceptedWithLoan(55);
		PaymentRequest draft = fixtures.completeDraft(c, 1);
		this.payments.submit(c.applicant(), draft.getId(),
				this.payments.view(c.applicant(), draft.getId()).request().getVersion());
		String title = this.jdbc
			.sql("select e.title from enterprise e join kosgeb_application a on a.enterprise_id = e.id where a.id = ?")
			.param(c.applicationId())
			.query(String.class)
			.single();
		String label = "file-label-" + c.applicationId();
		RequestPostProcessor manager = user(c.manager());

		for (String page : new String[] { "/kosgeb/control/loans", "/kosgeb/control/payments",
				"/kosgeb/control/monitoring" }) {
			Element found = page(page, manager).getElementById(label);
			assertThat(found).as(page).isNotNull();
			assertThat(found.text()).as(page).contains(title).contains("Samsun").contains("Kurulca kabul edildi");
		}
		Element termination = page("/board/secretariat/terminations",
				user("sekretarya@kosgeb.test").roles("BOARD_SECRETARIAT"))
			.getElementById(label);
		assertThat(termination).isNotNull();
		assertThat(termination.text()).contains(title).contains("Samsun");
	}

	private Document page(String path, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
