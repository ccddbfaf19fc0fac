package tr.destek.platform;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.MediaType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import tr.destek.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The safety net behind the "exactly once" rules (issue 9): a change that lost a race and
 * that no module answered with its own rule — a version that moved on, a row lock given
 * up, a unique constraint that refused a second record — is a 409 page (or 409 JSON on an
 * API) that says nothing was saved, never a 500.
 */
@IntegrationTest
class ConcurrentChangeAdviceTests {

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Controller
	static class RacingPage {

		@PostMapping("/version-moved-on")
		String versionMovedOn() {
			throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
		}

		@PostMapping("/second-record")
		String secondRecord() {
			throw new DataIntegrityViolationException("duplicate key value violates unique constraint");
		}

		@PostMapping("/lock-given-up")
		String lockGivenUp() {
			throw new CannotAcquireLockException("could not obtain lock");
		}

	}

	@RestController
	static class RacingApi {

		@PutMapping("/api/second-record")
		String secondRecord() {
			throw new DataIntegrityViolationException("duplicate key value violates unique constraint");
		}

	}

	@Test
	void aPageChangeThatLostARaceIsA409PageSayingNothingWasSaved() throws Exception {
		MockMvc page = MockMvcBuilders.standaloneSetup(new RacingPage())
			.setControllerAdvice(this.context.getBean("globalControllerAdvice"))
			.build();
		for (String path : new String[] { "/version-moved-on", "/second-record", "/lock-given-up" }) {
			page.perform(post(path)).andExpect(status().isConflict()).andExpect(view().name("error/409"));
		}
		// the page itself, through the whole stack (layout, security dialect, messages)
		this.mvc
			.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 409).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("işleminiz kaydedilmedi")));
		this.mvc
			.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 409)
				.accept(MediaType.TEXT_HTML)
				.cookie(new Cookie("destek-lang", "en")))
			.andExpect(content().string(containsString("your action was not saved")));
	}

	@Test
	void anApiChangeThatLostARaceIsA409WithTheMessage() throws Exception {
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new RacingApi())
			.setControllerAdvice(new ApiControllerAdvice(this.messages))
			.build();
		mvc.perform(put("/api/second-record").locale(Locale.forLanguageTag("tr")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("request"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("işleminiz kaydedilmedi")));
	}

}
