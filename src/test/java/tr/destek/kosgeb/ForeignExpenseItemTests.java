package tr.destek.kosgeb;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.support.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An expense item named in the edit page's {@code ?item=} is looked up through the
 * caller's own application (isolation sweep, issue #9): another application's item is not
 * found (404), also when the caller's own application is no longer editable.
 */
@IntegrationTest
class ForeignExpenseItemTests {

	/** Kars: one of the isolation sweep's provinces, used by no other test */
	static final short PROVINCE = 36;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void anotherApplicationsItemIsNotFoundWhateverTheOwnApplicationsState() throws Exception {
		DestekUser drafting = principal(KosgebApplicants.qualifying(this.enterprises, PROVINCE));
		KosgebApplication draft = this.applications.startDraft(drafting);
		draft = this.applications.addExpenseItem(drafting, draft.getVersion(), new ExpenseItemData(ExpenseKind.SOFTWARE,
				"ERP yazılımı", 1, new BigDecimal("900000.00"), "Yazılım A.Ş.", "1234567890", "Öneri 3: ERP", true));
		Long item = this.applications.find(draft.getId()).getExpenseItems().get(0).getId();
		DestekUser submitted = principal(KosgebApplicants.qualifying(this.enterprises, PROVINCE));
		ControlFixtures.from(this.context).submitted(submitted.getEnterpriseId(), PROVINCE);

		this.mvc.perform(get("/kosgeb/application/edit").param("item", item.toString()).with(user(submitted)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/kosgeb/application/edit").param("item", item.toString()).with(user(drafting)))
			.andExpect(status().isOk());
	}

	private DestekUser principal(String email) {
		return (DestekUser) this.userDetails.loadUserByUsername(email);
	}

}
