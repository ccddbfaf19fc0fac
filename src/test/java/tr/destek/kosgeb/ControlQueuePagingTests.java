package tr.destek.kosgeb;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff queue over more than one page (50 a page): the pager links keep the filter
 * (found by the list pages benchmark: the pager failed to render).
 */
@IntegrationTest
class ControlQueuePagingTests {

	/** a province no other test uses */
	static final int PROVINCE = 39;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void aFilteredQueueOfMoreThanFiftyApplicationsLinksToItsNextPage() throws Exception {
		ControlFixtures fixtures = ControlFixtures.from(this.context);
		for (int i = 0; i < 51; i++) {
			fixtures.readyForBoard(PROVINCE, "Sayfalama A.Ş. " + i);
		}
		DestekUser manager = fixtures.principal(fixtures.staff(Role.UNIT_MANAGER, PROVINCE));

		this.mvc.perform(get("/kosgeb/control?status=READY_FOR_BOARD").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("status=READY_FOR_BOARD&amp;page=1")));
		this.mvc.perform(get("/kosgeb/control?status=READY_FOR_BOARD&page=1").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("status=READY_FOR_BOARD&amp;page=0")));
	}

}
