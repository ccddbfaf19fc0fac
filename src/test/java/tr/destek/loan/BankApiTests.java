package tr.destek.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The bank API: per-bank keys, one bank never reaches another's data, field errors. */
@IntegrationTest
class BankApiTests {

	static final int PROVINCE = 28;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	BankApiKeys keys;

	@Autowired
	LoanControlService unit;

	@Autowired
	tr.destek.audit.AuditTrail audit;

	LoanFixtures fixtures;

	String ziraat;

	String akbank;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.fixtures = LoanFixtures.from(this.context);
		this.ziraat = this.keys.issue("ZIRAAT", "Kredi sistemi").key();
		this.akbank = this.keys.issue("AKBANK", "Kredi sistemi").key();
		this.today = LocalDate.now(DestekTime.ZONE);
	}

	Long loanOverApi(Long application) throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/bank/applications/{id}/loans", application).header("X-Api-Key", this.ziraat)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"bankReference\":\"KR-API-1\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andReturn();
		return Long.valueOf(
				com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.loanId").toString());
	}

	@Test
	void aRequestWithoutAKnownActiveKeyIs401Json() throws Exception {
		this.mvc.perform(get("/api/v1/bank/loans"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.errors[0].field").value("X-Api-Key"));
		this.mvc.perform(get("/api/v1/bank/loans").header("X-Api-Key", "dbk_yanlis-anahtar"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/bank/loans").header("X-Api-Key", this.ziraat)).andExpect(status().isOk());
		BankApiKey issued = this.keys.all()
			.stream()
			.filter(k -> this.ziraat.startsWith(k.keyPrefix()))
			.findFirst()
			.orElseThrow();
		assertThat(issued.lastUsedAt()).isNotNull();

		this.keys.revoke(issued.id());

		this.mvc.perform(get("/api/v1/bank/loans").header("X-Api-Key", this.ziraat))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("iptal")));
		// no session is created for a bank system
		this.mvc.perform(get("/api/v1/bank/loans").header("X-Api-Key", this.akbank))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void madde14_3_aBankNeverReachesAnotherBanksApplicationOrLoan() throws Exception {
		Long application = this.fixtures.acceptedApplication(PROVINCE, "Gizli Banka A.Ş.");
		Long loan = loanOverApi(application);

		this.mvc.perform(get("/api/v1/bank/applications").header("X-Api-Key", this.ziraat))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].applicationId", hasItem(application.intValue())));
		this.mvc.perform(get("/api/v1/bank/applications").header("X-Api-Key", this.akbank))
			.andExpect(jsonPath("$[*].applicationId", not(hasItem(application.intValue()))));
		this.mvc.perform(get("/api/v1/bank/applications/{id}", application).header("X-Api-Key", this.akbank))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/bank/loans/{id}", loan).header("X-Api-Key", this.akbank))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/bank/loans/{id}/allocation", loan).header("X-Api-Key", this.akbank)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":1000000,\"currency\":\"TRY\",\"items\":[]}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/bank/loans").header("X-Api-Key", this.akbank))
			.andExpect(jsonPath("$[*].loanId", not(hasItem(loan.intValue()))));
		this.mvc.perform(get("/api/v1/bank/loans/{id}", loan).header("X-Api-Key", this.ziraat))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bankReference").value("KR-API-1"));
	}

	@Test
	void madde14_3_allocationAndDisbursementOverTheApiWithFieldErrorsCitingTheArticles() throws Exception {
		LocalDate start = this.today.minusMonths(1);
		Long application = this.fixtures.acceptedApplication(PROVINCE, "API Akışı A.Ş.", start);
		Long loan = loanOverApi(application);
		String json = this.mvc
			.perform(get("/api/v1/bank/applications/{id}", application).header("X-Api-Key", this.ziraat))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.supportBase").value(15000000.00))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Number erp = com.jayway.jsonpath.JsonPath.read(json, "$.items[0].expenseItemId");
		Number server = com.jayway.jsonpath.JsonPath.read(json, "$.items[1].expenseItemId");

		this.mvc
			.perform(multipart("/api/v1/bank/loans/{id}/documents", loan)
				.file(new MockMultipartFile("file", "x.exe", "application/pdf", "MZ...".getBytes()))
				.header("X-Api-Key", this.ziraat))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc
			.perform(multipart("/api/v1/bank/loans/{id}/documents", loan)
				.file(new MockMultipartFile("file", "gider.pdf", "application/pdf", LoanFixtures.PDF))
				.header("X-Api-Key", this.ziraat))
			.andExpect(status().isCreated());

		// MADDE 6(2) upper limit, 14(3)(c) support base, 15(13) TL only
		this.mvc
			.perform(put("/api/v1/bank/loans/{id}/allocation", loan).header("X-Api-Key", this.ziraat)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":20000000.01,\"currency\":\"USD\",\"items\":[{\"expenseItemId\":" + erp
						+ ",\"amount\":20000000.01}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field=='currency')].message",
					hasItem(org.hamcrest.Matchers.containsString("MADDE 15(13)"))))
			.andExpect(jsonPath("$.errors[?(@.field=='amount')].message",
					hasItem(org.hamcrest.Matchers.containsString("MADDE 6(2)"))));
		this.mvc
			.perform(put("/api/v1/bank/loans/{id}/allocation", loan).header("X-Api-Key", this.ziraat)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":999999,\"currency\":\"TRY\",\"items\":[{\"expenseItemId\":" + erp
						+ ",\"amount\":999999}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("1.000.000,00")));
		this.mvc
			.perform(put("/api/v1/bank/loans/{id}/allocation", loan).header("X-Api-Key", this.ziraat)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":16000000,\"currency\":\"TRY\",\"items\":[{\"expenseItemId\":" + erp
						+ ",\"amount\":13000000},{\"expenseItemId\":" + server + ",\"amount\":3000000}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field=='amount')].message",
					hasItem(org.hamcrest.Matchers.containsString("MADDE 14(2), 14(3)(c)"))))
			.andExpect(jsonPath("$.errors[?(@.field=='items[" + erp + "]')]").exists());
		this.mvc
			.perform(put("/api/v1/bank/loans/{id}/allocation", loan).header("X-Api-Key", this.ziraat)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":10000000,\"currency\":\"TRY\",\"items\":[{\"expenseItemId\":" + erp
						+ ",\"amount\":8000000},{\"expenseItemId\":" + server + ",\"amount\":2000000}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ALLOCATED"))
			.andExpect(jsonPath("$.allocatedAmount").value(10000000.00));
		this.mvc
			.perform(post("/api/v1/bank/loans/{id}/disbursement", loan).header("X-Api-Key", this.ziraat)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":10000000,\"currency\":\"TRY\",\"disbursementDate\":\"" + this.today
						+ "\",\"termMonths\":36,\"graceMonths\":6,\"annualRate\":45}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("loan"))
			.andExpect(jsonPath("$.errors[0].message")
				.value(org.hamcrest.Matchers.containsString("Tahsis birim kontrolünde")));

		this.unit.approve(this.fixtures.unitManager(PROVINCE), loan, null);

		this.mvc
			.perform(post("/api/v1/bank/loans/{id}/disbursement", loan).header("X-Api-Key", this.ziraat)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":10000000,\"currency\":\"TL\",\"disbursementDate\":\"" + this.today.plusDays(1)
						+ "\",\"termMonths\":38,\"graceMonths\":4,\"annualRate\":45}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field=='disbursementDate')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field=='termMonths')].message",
					hasItem(org.hamcrest.Matchers.containsString("MADDE 6(2), 6(6)"))))
			.andExpect(jsonPath("$.errors[?(@.field=='graceMonths')].message",
					hasItem(org.hamcrest.Matchers.containsString("MADDE 6(6)"))));
		this.mvc
			.perform(post("/api/v1/bank/loans/{id}/disbursement", loan).header("X-Api-Key", this.ziraat)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":10000000,\"currency\":\"TRY\",\"disbursementDate\":\"" + start.minusDays(1)
						+ "\",\"termMonths\":36,\"graceMonths\":6,\"annualRate\":45}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("disbursementDate"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("MADDE 6(1), 6(5)")));
		this.mvc
			.perform(post("/api/v1/bank/loans/{id}/disbursement", loan).header("X-Api-Key", this.ziraat)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":\"on milyon\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		this.mvc
			.perform(post("/api/v1/bank/loans/{id}/disbursement", loan).header("X-Api-Key", this.ziraat)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":10000000,\"currency\":\"TRY\",\"disbursementDate\":\"" + start
						+ "\",\"termMonths\":36,\"graceMonths\":6,\"annualRate\":45}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISBURSED"))
			.andExpect(jsonPath("$.totalSubsidy").value(3950457.50))
			.andExpect(jsonPath("$.schedule.length()").value(12))
			.andExpect(jsonPath("$.schedule[0].principal").value(0.00));
		assertThat(this.audit.history(BankLoanService.ENTITY, loan))
			.anySatisfy(e -> assertThat(e.getActor()).startsWith("bank-api:ZIRAAT:dbk_"));
		assertThat(this.fixtures.queries.disbursed(loan))
			.hasValueSatisfying(d -> assertThat(d.amount()).isEqualByComparingTo(new BigDecimal("10000000")));
	}

	@Test
	void theOpenApiDocumentDescribesTheBankApiWithItsKeyHeader() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/bank/loans/{loanId}/allocation'].put.summary",
					org.hamcrest.Matchers.containsString("MADDE 14(3)(b)")))
			.andExpect(jsonPath("$.paths['/api/v1/bank/loans/{loanId}/allocation'].put.parameters[*].name",
					hasItem("X-Api-Key")))
			.andExpect(jsonPath("$.paths['/api/v1/bank/loans'].get.parameters[*].name", not(hasItem("bank"))));
	}

}
