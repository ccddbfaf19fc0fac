package tr.destek.kosgeb;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The expert's Başvuru Kontrol Tablosu (MADDE 9(1)) is never lost: the answers travel
 * with the proposal (MADDE 9(2)) even when "Tabloyu kaydet" was not pressed first, are
 * kept when the proposal form has an error, and the selects start from the system's own
 * finding where it has one.
 */
@IntegrationTest
class ControlTableNotLostTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	ControlDetails control;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Autowired
	tr.destek.identity.UserAccountService users;

	ControlFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = ControlFixtures.from(this.context);
	}

	@Test
	void madde9_2_answersSentWithTheProposalAreSavedAndTheProposalGoesToTheManager() throws Exception {
		Long id = submittedInUnit(2, "Kilis Zeytin Makine");
		UserAccount expert = expertOf(id);
		long version = this.fixtures.load(id).getVersion();

		this.mvc
			.perform(withAllAnswers(post("/kosgeb/control/{id}/proposal", id)).with(as(expert))
				.with(csrf())
				.param("proposal", "APPROVE_FOR_BOARD")
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("flashSuccessKey", "kosgeb-control.proposal.sent"));

		assertThat(this.fixtures.load(id).getStatus()).isEqualTo(ApplicationStatus.CONTROL_APPROVAL);
		ControlDetail detail = this.control.detail(this.fixtures.principal(expert), id);
		assertThat(detail.checklist()).allSatisfy(line -> assertThat(line.answered()).isTrue());
		assertThat(detail.checklist().get(0).note()).isEqualTo("not 0");
	}

	@Test
	void madde9_2_aProposalFormErrorKeepsEveryAnswerTypedAndSavesThem() throws Exception {
		Long id = submittedInUnit(3, "Osmaniye Yer Fıstığı Makine");
		UserAccount expert = expertOf(id);
		long version = this.fixtures.load(id).getVersion();

		// no proposal chosen: the error is next to the choice, the 16 answers stay
		this.mvc
			.perform(withAllAnswers(post("/kosgeb/control/{id}/proposal", id)).with(as(expert))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("proposalForm", "proposal"))
			.andExpect(content().string(containsString("value=\"not 15\"")));

		ControlDetail detail = this.control.detail(this.fixtures.principal(expert), id);
		assertThat(detail.checklist()).allSatisfy(line -> assertThat(line.answered()).isTrue());
	}

	@Test
	void madde9_1_theSelectsStartFromTheSystemsOwnFindingUntilTheExpertAnswers() throws Exception {
		Long id = submittedInUnit(4, "Düzce Orman Ürünleri Makine");
		UserAccount expert = expertOf(id);
		// the eligibility rule "nace-section-c" (MADDE 7(3)) passed at submission: the
		// select proposes "Uygun" (saved only when the expert saves or proposes)
		String html = this.mvc.perform(get("/kosgeb/control/{id}", id).with(as(expert)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String naceSelect = html.substring(html.indexOf("id=\"result-3\""),
				html.indexOf("</select>", html.indexOf("id=\"result-3\"")));
		assertThat(naceSelect).containsPattern("value=\"CONFORMS\"\\s+selected");
		assertThat(html)
			.contains(this.messages.getMessage("kosgeb-control.checklist.suggested", null, new java.util.Locale("tr")));
		ControlDetail detail = this.control.detail(this.fixtures.principal(expert), id);
		assertThat(detail.checklist().get(3).rule().outcome()).isEqualTo(tr.destek.kosgeb.eligibility.Outcome.PASS);
		assertThat(detail.checklist().get(3).answered()).isFalse();
	}

	private MockHttpServletRequestBuilder withAllAnswers(MockHttpServletRequestBuilder request) {
		int i = 0;
		for (ControlChecklist.Item item : ControlChecklist.items()) {
			request.param("lines[" + i + "].code", item.code())
				.param("lines[" + i + "].result", "CONFORMS")
				.param("lines[" + i + "].note", "not " + i);
			i++;
		}
		return request;
	}

	/**
	 * A unit with a responsible staff member and a manager; the file is assigned in it.
	 */
	private Long submittedInUnit(int province, String title) {
		this.fixtures.staff(Role.RESPONSIBLE_STAFF, province);
		this.fixtures.staff(Role.UNIT_MANAGER, province);
		return this.fixtures.submitted(province, title);
	}

	/** The responsible staff member the file was assigned to (MADDE 9(1)). */
	private UserAccount expertOf(Long id) {
		Long assigned = this.fixtures.load(id).getAssignedStaffId();
		assertThat(assigned).isNotNull();
		return this.users.find(assigned).orElseThrow();
	}

	private RequestPostProcessor as(UserAccount account) {
		return user(this.fixtures.principal(account));
	}

}
