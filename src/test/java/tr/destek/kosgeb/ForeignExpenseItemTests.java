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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

	@Test
	void anotherApplicationsItemIsNotFoundForRemoval_beforeTheVersionIsCompared() throws Exception {
		DestekUser drafting = principal(KosgebApplicants.qualifying(this.enterprises, PROVINCE));
		KosgebApplication draft = this.applications.startDraft(drafting);
		draft = this.applications.addExpenseItem(drafting, draft.getVersion(), new ExpenseItemData(ExpenseKind.SOFTWARE,
				"MES yazılımı", 1, new BigDecimal("700000.00"), "Yazılım A.Ş.", "1234567890", "Öneri 2: MES", true));
		Long item = this.applications.find(draft.getId()).getExpenseItems().get(0).getId();
		DestekUser other = principal(KosgebApplicants.qualifying(this.enterprises, PROVINCE));
		KosgebApplication own = this.applications.startDraft(other);
		// the caller's own draft changed since: version 0 is stale for it
		own = this.applications.saveReport(other, own.getVersion(), new MaturityReport("Danışmanlık A.Ş.", "DDR-9",
				java.time.LocalDate.now(tr.destek.platform.DestekTime.ZONE).minusMonths(1), null, "Seviye 2"));
		assertThat(this.applications.find(own.getId()).getVersion()).isNotZero();

		this.mvc
			.perform(post("/kosgeb/application/items/{id}/remove", item).param("version", "0")
				.with(user(other))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/kosgeb/application/items/{id}/remove", item)
				.param("version", String.valueOf(this.applications.find(own.getId()).getVersion()))
				.with(user(other))
				.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.applications.find(draft.getId()).getExpenseItems()).extracting(ExpenseItem::getId)
			.contains(item);
	}

	private DestekUser principal(String email) {
		return (DestekUser) this.userDetails.loadUserByUsername(email);
	}

}
