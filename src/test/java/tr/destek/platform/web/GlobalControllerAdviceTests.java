package tr.destek.platform.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tr.destek.platform.RuleException;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The pages' one controller advice (issue 11 point 7): every form's binding (no
 * {@code id}, trimmed text but passwords as typed, TL amounts in Turkish notation, a bad
 * amount next to its field and never a 500) and the refused rules ({@link RuleException})
 * rendered once: next to the named field with the typed input kept, in the page's alert
 * otherwise. The forms of the application are checked field by field in
 * {@link FormFormattersTests}; the rendered page in {@code HolidayAdminTests}.
 */
@IntegrationTest
class GlobalControllerAdviceTests {

	static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	org.thymeleaf.spring6.SpringTemplateEngine templates;

	/** A form as the modules write them. */
	public static class SampleForm {

		private Long id;

		private String name;

		private String password;

		private BigDecimal amount;

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

	}

	@Controller
	static class SamplePage {

		@PostMapping("/sample")
		String process(@ModelAttribute("form") SampleForm form, BindingResult result) {
			if (result.hasErrors()) {
				return "form-page";
			}
			try {
				if ("field".equals(form.getName())) {
					throw new RuleException(
							java.util.List.of(new RuleException.Problem("name", "enterprise.required")));
				}
				if ("form".equals(form.getName())) {
					throw new RuleException("error.409.text");
				}
			}
			catch (RuleException ex) {
				RuleErrors.reject(result, ex);
				return "form-page";
			}
			return "saved-page";
		}

		@PostMapping("/sample/uncaught")
		String uncaught() {
			throw new RuleException("error.409.text");
		}

		@GetMapping("/sample/uncaught")
		String uncaughtOnAPage() {
			throw new RuleException("error.409.text");
		}

	}

	@RestController
	static class SampleApi {

		@GetMapping("/api/sample")
		String bind(@ModelAttribute SampleForm form) {
			return form.getAmount() + "|" + form.getName() + "|" + form.getId();
		}

	}

	private MockMvc page() {
		return MockMvcBuilders.standaloneSetup(new SamplePage(), new SampleApi())
			.setControllerAdvice(this.context.getBean("globalControllerAdvice"))
			.build();
	}

	private static BindingResult result(MvcResult mvc) {
		return (BindingResult) mvc.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "form");
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, TURKISH);
	}

	@Test
	void aRuleNamingAFieldIsShownNextToThatFieldWithTheTypedInputKept() throws Exception {
		MvcResult mvc = page()
			.perform(post("/sample").locale(TURKISH).param("name", " field ").param("amount", "1.234,56"))
			.andExpect(status().isOk())
			.andExpect(view().name("form-page"))
			.andReturn();
		FieldError error = result(mvc).getFieldError("name");
		assertThat(error.getCode()).isEqualTo("enterprise.required");
		assertThat(error.getRejectedValue()).isEqualTo("field");
		assertThat(result(mvc).getGlobalErrors()).isEmpty();
		SampleForm form = (SampleForm) result(mvc).getTarget();
		assertThat(form.getAmount()).isEqualByComparingTo("1234.56");
	}

	@Test
	void aRuleNamingNoFieldIsAnErrorOfTheWholeFormForThePagesAlert() throws Exception {
		MvcResult mvc = page().perform(post("/sample").locale(TURKISH).param("name", "form"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andReturn();
		assertThat(result(mvc).getFieldErrors()).isEmpty();
		assertThat(result(mvc).getGlobalError().getCode()).isEqualTo("error.409.text");
		FormErrorSummary summary = (FormErrorSummary) mvc.getModelAndView().getModel().get(FormErrorSummary.ATTRIBUTE);
		assertThat(summary.getEntries()).extracting(FormErrorSummary.Entry::fieldId).containsExactly((String) null);
	}

	@Test
	void aRuleNoControllerCaughtAfterAFormGoesBackToThatPageWithTheMessageInItsAlert() throws Exception {
		page()
			.perform(post("/sample/uncaught").locale(TURKISH)
				.header("Referer", "http://localhost/kosgeb/application?part=2"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/kosgeb/application?part=2"))
			.andExpect(flash().attribute("flashError", text("error.409.text")));
	}

	@Test
	void aRuleNoControllerCaughtWithoutAPageOfThisSiteToGoBackToIsA409PageSayingWhy() throws Exception {
		page()
			.perform(post("/sample/uncaught").locale(TURKISH)
				.header("Referer", "https://elsewhere.example/kosgeb/application"))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/refused"))
			.andExpect(model().attribute("refusal", text("error.409.text")));
		page().perform(get("/sample/uncaught").locale(TURKISH))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/refused"))
			.andExpect(model().attribute("refusal", text("error.409.text")));
	}

	@Test
	void idIsNeverBoundTextIsTrimmedAndPasswordsAreTakenAsTyped() throws Exception {
		MvcResult mvc = page()
			.perform(post("/sample").locale(TURKISH)
				.param("id", "999")
				.param("name", "  Ayşe  ")
				.param("password", "  with spaces  ")
				.param("amount", "2.000"))
			.andExpect(status().isOk())
			.andExpect(view().name("saved-page"))
			.andReturn();
		SampleForm form = (SampleForm) mvc.getModelAndView().getModel().get("form");
		assertThat(form.getId()).isNull();
		assertThat(form.getName()).isEqualTo("Ayşe");
		assertThat(form.getPassword()).isEqualTo("  with spaces  ");
		assertThat(form.getAmount()).isEqualByComparingTo("2000");
	}

	@Test
	void aTypedAmountThatIsNoAmountIsAnErrorNextToItsFieldNeverA500() throws Exception {
		MvcResult mvc = page().perform(post("/sample").locale(TURKISH).param("name", "x").param("amount", "12,34,5"))
			.andExpect(status().isOk())
			.andExpect(view().name("form-page"))
			.andReturn();
		FieldError error = result(mvc).getFieldError("amount");
		assertThat(error.isBindingFailure()).isTrue();
		assertThat(error.getRejectedValue()).isEqualTo("12,34,5");
		assertThat(this.messages.getMessage(error, TURKISH)).isEqualTo(text("typeMismatch.java.math.BigDecimal"));
	}

	@Test
	void theJsonApisBindAsBefore() throws Exception {
		page().perform(get("/api/sample").param("amount", "1.234").param("name", " x ").param("id", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string("1.234| x |7"));
	}

	@Test
	void theAlertFragmentIsReadOutAtOnceForAnErrorAndAsAStatusOtherwise() {
		org.thymeleaf.context.Context danger = new org.thymeleaf.context.Context(TURKISH);
		danger.setVariable("kind", "danger");
		danger.setVariable("text", "Kural <reddetti>");
		assertThat(this.templates.process("fragments/forms", java.util.Set.of("alert"), danger).strip())
			.isEqualTo("<div class=\"alert alert-danger\" role=\"alert\">Kural &lt;reddetti&gt;</div>");
		org.thymeleaf.context.Context success = new org.thymeleaf.context.Context(TURKISH);
		success.setVariable("kind", "success");
		success.setVariable("text", "Kaydedildi");
		assertThat(this.templates.process("fragments/forms", java.util.Set.of("alert"), success).strip())
			.isEqualTo("<div class=\"alert alert-success\" role=\"status\">Kaydedildi</div>");
	}

}
