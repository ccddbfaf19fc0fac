package tr.destek.kosgeb;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import tr.destek.identity.Role;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 point 12: the unit manager's approval of a control proposal (MADDE 9(2),(3))
 * is a link to a confirmation page that works without JavaScript, with the proposal and
 * its note, then the one POST button. Red before: the detail page posted the approval
 * straight from a button.
 */
@IntegrationTest
class ManagerApprovalConfirmationTests {

	static final int PROVINCE = 54;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	KosgebApplicationRepository repository;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	tr.destek.audit.AuditTrail audit;

	private Document page(String path, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void madde9_2_theManagersApprovalIsConfirmedOnItsOwnPageFirst() throws Exception {
		ControlFixtures control = ControlFixtures.from(this.context);
		Long id = control.submitted(PROVINCE, "Müdür Onayı A.Ş.");
		// the assignment after submission runs on its own: wait for it before proposing
		for (int i = 0; i < 60 && this.audit.history(KosgebApplicationService.ENTITY, id)
			.stream()
			.noneMatch(e -> e.getAction().equals("KOSGEB_ASSIGNED")
					|| e.getAction().equals("KOSGEB_AWAITING_ASSIGNMENT")); i++) {
			Thread.sleep(250);
		}
		RequestPostProcessor manager = user(control.principal(control.staff(Role.UNIT_MANAGER, PROVINCE)));
		this.tx.executeWithoutResult(status -> {
			var application = this.repository.findById(id).orElseThrow();
			Instant now = Instant.now();
			if (application.getAssignedStaffId() == null) {
				application.assignTo(null, now, now.plusSeconds(7 * 86_400));
			}
			application.propose(ControlProposal.REJECT, "Gerekli belgeler eksik", null, "uzman@kosgeb.gov.tr", now);
		});
		String path = "/kosgeb/control/" + id;

		Document detail = page(path, manager);
		assertThat(detail.getElementById("approve-proposal").attr("href")).isEqualTo(path + "/approve");
		assertThat(detail.select("form[action=" + path + "/approve]")).isEmpty();

		Document confirm = page(path + "/approve", manager);
		assertThat(confirm.getElementById("confirm-summary").text()).contains("Müdür Onayı A.Ş.")
			.contains("Gerekli belgeler eksik");
		assertThat(confirm.getElementById("confirm-consequences").text()).contains("geri alınamaz");
		Element form = confirm.getElementById("confirm-form");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo(path + "/approve");
		assertThat(form.getElementById("confirm-approve-proposal").attr("type")).isEqualTo("submit");
		String version = form.select("input[name=version]").val();
		assertThat(version).isEqualTo(String.valueOf(this.repository.findById(id).orElseThrow().getVersion()));

		this.mvc.perform(post(path + "/approve").with(manager).with(csrf()).param("version", version))
			.andExpect(status().is3xxRedirection());
		assertThat(this.repository.findById(id).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.REJECTED);
	}

}
