package tr.destek.kosgeb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.eligibility.EligibilityReport;
import tr.destek.kosgeb.eligibility.Outcome;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant's side of a KOSGEB SME Digital Transformation application through the web
 * layer with real security: draft, one per enterprise, items, documents, eligibility, the
 * written commitment, submission, correction and access by id guessing.
 */
@IntegrationTest
@RecordApplicationEvents
class KosgebApplicantTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UserAccountService users;

	@Autowired
	KosgebApplicationRepository repository;

	@Autowired
	KosgebApplicationService service;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEvents events;

	@Test
	void madde5_3AnEnterpriseStartsOneDraftAndASecondIsRefusedWithTheReason() throws Exception {
		RequestPostProcessor applicant = as(KosgebApplicants.qualifying(this.enterprises));
		this.mvc.perform(get("/kosgeb/application").with(applicant))
			.andExpect(redirectedUrl("/kosgeb/application/new"));
		this.mvc.perform(post("/kosgeb/application/new").with(applicant).with(csrf()))
			.andExpect(redirectedUrl("/kosgeb/application/edit"));
		this.mvc.perform(post("/kosgeb/application/new").with(applicant).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("zaten bir başvurusu var")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("MADDE 5(3)")));
		this.mvc.perform(get("/kosgeb/application/edit").with(applicant))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Taslak")));
	}

	@Test
	void itemErrorsAreShownNextToTheFieldsAndKeepWhatWasTyped() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises);
		RequestPostProcessor applicant = as(email);
		KosgebApplication application = draft(applicant, email);
		String page = this.mvc
			.perform(post("/kosgeb/application/items").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(application.getVersion()))
				.param("kind", "MACHINE")
				.param("description", "CNC dik işleme merkezi")
				.param("quantity", "1")
				.param("unitPrice", "12,345,6")
				.param("supplierName", "Torna Makina Ltd. Şti.")
				.param("supplierTaxNumber", "1234567891")
				.param("reportRecommendation", "Öneri 3: üretim hattında CNC otomasyonu"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tutarı 1.234.567,89 biçiminde girin")
			.contains("Geçerli bir vergi kimlik numarası")
			.contains("kalemin yeni olduğunu onaylayın")
			.contains("value=\"12,345,6\"")
			.contains("value=\"CNC dik işleme merkezi\"")
			// the field is described by its error and by the expected notation (issue 10
			// point 14)
			.contains("aria-describedby=\"unitPrice-error unitPrice-hint\"")
			.contains("aria-invalid=\"true\"");
		assertThat(this.service.find(application.getId()).getExpenseItems()).isEmpty();
	}

	@Test
	void itemsAcceptTurkishNotationAndTheRequestedAmountIsTheirSumExcludingVat() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises);
		RequestPostProcessor applicant = as(email);
		KosgebApplication application = draft(applicant, email);
		addItem(applicant, application.getVersion(), "1.234.567,89", "2");
		KosgebApplication saved = this.service.find(application.getId());
		assertThat(saved.requestedAmount()).isEqualByComparingTo("2469135.78");
		this.mvc.perform(get("/kosgeb/application/edit").with(applicant))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2.469.135,78")));
		assertThat(this.service.timeline(application.getId())).extracting(e -> e.getAction())
			.contains("KOSGEB_DRAFT_STARTED", "KOSGEB_ITEM_ADDED");
	}

	@Test
	void aPdfIsAcceptedAndAProgramRenamedToPdfIsRefusedByItsContent() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises);
		RequestPostProcessor applicant = as(email);
		KosgebApplication application = draft(applicant, email);
		this.mvc
			.perform(multipart("/kosgeb/application/documents")
				.file(new MockMultipartFile("file", "rapor.pdf", "application/pdf", KosgebApplicants.pdf()))
				.param("category", "MATURITY_REPORT")
				.with(applicant)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/kosgeb/application/edit*"));
		this.mvc
			.perform(multipart("/kosgeb/application/documents")
				.file(new MockMultipartFile("file", "kurulum.pdf", "application/pdf", KosgebApplicants.exe()))
				.param("category", "SUPPLIER_OFFERS")
				.with(applicant)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("yalnızca PDF, PNG ya da JPEG")));
		assertThat(this.service.documents(application.getId())).singleElement()
			.satisfies(d -> assertThat(d.category()).isEqualTo("MATURITY_REPORT"));
	}

	@Test
	void madde16_1WithoutTheApprovedCommitmentNothingIsSent() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises);
		RequestPostProcessor applicant = as(email);
		KosgebApplication application = complete(applicant, email);
		this.mvc
			.perform(post("/kosgeb/application/submit").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(application)))
				.param("commitmentVersion", Commitment.VERSION))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("taahhütnameyi okuyup onaylamanız")));
		assertThat(this.service.find(application.getId()).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
		// the server refuses it even when the form check is bypassed
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.service.submit(principal(email), version(application), false,
					Commitment.VERSION, java.util.Locale.forLanguageTag("tr")))
			.isInstanceOf(CommitmentNotApprovedException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.service.submit(principal(email), version(application), true,
					"FRM.34.00.02/2020-1", java.util.Locale.forLanguageTag("tr")))
			.isInstanceOf(CommitmentNotApprovedException.class);
	}

	@Test
	void madde7_2AMicroEnterpriseIsBlockedWithTheReason() throws Exception {
		String email = KosgebApplicants.micro(this.enterprises);
		RequestPostProcessor applicant = as(email);
		KosgebApplication application = complete(applicant, email);
		this.mvc
			.perform(post("/kosgeb/application/submit").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(application)))
				.param("commitmentVersion", Commitment.VERSION)
				.param("approved", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Başvuru gönderilmedi")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("MADDE 7(2)")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Mikro")));
		assertThat(this.service.find(application.getId()).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(this.events.stream(ApplicationSubmitted.class)).isEmpty();
	}

	@Test
	void missingDocumentsBlockSubmissionWithClearMessages() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises);
		RequestPostProcessor applicant = as(email);
		KosgebApplication application = draft(applicant, email);
		this.mvc.perform(get("/kosgeb/application/eligibility").with(applicant))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("olgunluk değerlendirme raporu yüklenmelidir")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("kosgeb-eligibility")));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.service.submit(principal(email), version(application), true,
					Commitment.VERSION, java.util.Locale.forLanguageTag("tr")))
			.isInstanceOfSatisfying(SubmissionBlockedException.class,
					ex -> assertThat(ex.blockers()).extracting(Blocker::messageKey)
						.contains("kosgeb.blocker.report-incomplete", "kosgeb.blocker.document-missing.MATURITY_REPORT",
								"kosgeb.blocker.document-missing.SUPPLIER_OFFERS", "kosgeb.blocker.no-bank"));
	}

	@Test
	void submissionFreezesEligibilityFlagsReviewPublishesTheEventAndTellsTheEnterprise() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises);
		RequestPostProcessor applicant = as(email);
		KosgebApplication application = complete(applicant, email);
		submit(applicant, application);

		KosgebApplication sent = this.service.find(application.getId());
		assertThat(sent.getStatus()).isNotEqualTo(ApplicationStatus.DRAFT);
		assertThat(sent.getApplicationDate()).isEqualTo(LocalDate.now(DestekTime.ZONE));
		assertThat(sent.getCommitmentVersion()).isEqualTo(Commitment.VERSION);
		assertThat(sent.getCommitmentApprovedBy()).isEqualTo(email);
		// the consultant's authorisation cannot be verified by the system: flagged, not
		// blocked (MADDE 7(4))
		assertThat(sent.isEligibilityNeedsReview()).isTrue();
		EligibilityReport frozen = this.service.frozenEligibility(sent).orElseThrow();
		assertThat(frozen.blocksSubmission()).isFalse();
		assertThat(frozen.result("small-or-medium").outcome()).isEqualTo(Outcome.PASS);
		assertThat(frozen.results()).anyMatch(r -> r.outcome() == Outcome.NEEDS_REVIEW);
		assertThat(this.events.stream(ApplicationSubmitted.class))
			.containsExactly(new ApplicationSubmitted(sent.getId(), sent.getEnterpriseId(), (short) 42));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification n join user_account u on u.id = n.recipient_id where u.email = ? and n.message_key = 'kosgeb.notification.submitted'",
				Integer.class, email))
			.isEqualTo(1);
		this.mvc.perform(get("/kosgeb/application").with(applicant))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("frozen-eligibility")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("taahhütname onaylanarak gönderildi")));
		this.mvc.perform(get("/dashboard").with(applicant))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(sent.getReference())));
		// sent once: a second submission is a conflict, not a 500
		this.mvc
			.perform(post("/kosgeb/application/submit").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(application)))
				.param("commitmentVersion", Commitment.VERSION)
				.param("approved", "true"))
			.andExpect(status().isConflict());
	}

	@Test
	void madde9_3InCorrectionOnlyTheOpenedPartsCanBeChangedThenResubmitted() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises);
		RequestPostProcessor applicant = as(email);
		KosgebApplication application = complete(applicant, email);
		submit(applicant, application);
		openForCorrection(application.getId(), EnumSet.of(ApplicationPart.EXPENSE_ITEMS));

		this.mvc.perform(get("/kosgeb/application").with(applicant))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Teklifteki birim fiyatı düzeltin")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kalan süre")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Gider kalemleri")));
		// the report was not opened: refused by the aggregate, answered 409
		this.mvc
			.perform(post("/kosgeb/application/report").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(application)))
				.param("consultant", "Başka Danışmanlık A.Ş."))
			.andExpect(status().isConflict());
		addItem(applicant, version(application), "250.000", "1");

		this.mvc
			.perform(post("/kosgeb/application/submit").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(application)))
				.param("commitmentVersion", Commitment.VERSION)
				.param("approved", "true"))
			.andExpect(redirectedUrl("/kosgeb/application"));
		KosgebApplication back = this.service.find(application.getId());
		assertThat(back.getStatus()).isEqualTo(ApplicationStatus.IN_CONTROL);
		assertThat(back.getControlDueAt()).isAfter(Instant.now().plus(6, ChronoUnit.DAYS));
		assertThat(back.openParts()).isEmpty();
		assertThat(this.events.stream(ApplicationResubmitted.class)).hasSize(1);
	}

	@Test
	void anotherApplicantCannotOpenDownloadOrChangeTheApplicationByIdGuessing() throws Exception {
		String emailA = KosgebApplicants.qualifying(this.enterprises);
		RequestPostProcessor a = as(emailA);
		KosgebApplication application = complete(a, emailA);
		Long documentId = this.service.documents(application.getId()).get(0).id();
		Long itemId = this.service.find(application.getId()).getExpenseItems().get(0).getId();

		String emailB = KosgebApplicants.qualifying(this.enterprises);
		RequestPostProcessor b = as(emailB);
		this.mvc.perform(get("/kosgeb/documents/" + documentId).with(a)).andExpect(status().isOk());
		this.mvc.perform(get("/kosgeb/documents/" + documentId).with(b)).andExpect(status().isNotFound());
		this.mvc.perform(post("/kosgeb/application/documents/" + documentId + "/remove").with(b).with(csrf()))
			.andExpect(status().isNotFound());
		draft(b, emailB);
		this.mvc.perform(post("/kosgeb/application/documents/" + documentId + "/remove").with(b).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/kosgeb/application/items/" + itemId + "/remove").with(b)
				.with(csrf())
				.param("version", String.valueOf(version(
						this.repository.findByEnterpriseId(principal(emailB).getEnterpriseId()).orElseThrow()))))
			.andExpect(status().isNotFound());
		assertThat(this.service.documents(application.getId())).hasSize(2);
		assertThat(this.service.find(application.getId()).getExpenseItems()).hasSize(1);

		// staff of another province unit cannot download; staff of the unit can
		String ankara = "uzman-" + UUID.randomUUID() + "@kosgeb.gov.tr";
		this.users.createStaffWithPassword(ankara, "Ankara Uzman", Set.of(Role.RESPONSIBLE_STAFF), (short) 6,
				"X-Parola-2026!");
		String konya = "uzman-" + UUID.randomUUID() + "@kosgeb.gov.tr";
		this.users.createStaffWithPassword(konya, "Konya Müdür", Set.of(Role.UNIT_MANAGER), (short) 42,
				"X-Parola-2026!");
		this.mvc.perform(get("/kosgeb/documents/" + documentId).with(as(ankara))).andExpect(status().isNotFound());
		this.mvc.perform(get("/kosgeb/documents/" + documentId).with(as(konya))).andExpect(status().isOk());
	}

	// --- helpers ---

	private KosgebApplication draft(RequestPostProcessor applicant, String email) throws Exception {
		this.mvc.perform(post("/kosgeb/application/new").with(applicant).with(csrf()));
		return this.repository.findByEnterpriseId(principal(email).getEnterpriseId()).orElseThrow();
	}

	/** A draft with the report, one item, the bank and both required documents. */
	private KosgebApplication complete(RequestPostProcessor applicant, String email) throws Exception {
		KosgebApplication application = draft(applicant, email);
		this.mvc
			.perform(post("/kosgeb/application/report").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(application)))
				.param("consultant", "Dijital Olgunluk Danışmanlık A.Ş.")
				.param("number", "DD-2026-118")
				.param("approvalDate", LocalDate.now(DestekTime.ZONE).minusMonths(3).toString())
				.param("maturityLevel", "3"))
			.andExpect(redirectedUrlPattern("/kosgeb/application/edit*"));
		addItem(applicant, version(application), "1.500.000,00", "1");
		this.mvc
			.perform(post("/kosgeb/application/bank").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(application)))
				.param("bankCode", "HALKBANK"))
			.andExpect(redirectedUrlPattern("/kosgeb/application/edit*"));
		for (String category : new String[] { "MATURITY_REPORT", "SUPPLIER_OFFERS" }) {
			this.mvc.perform(multipart("/kosgeb/application/documents")
				.file(new MockMultipartFile("file", category.toLowerCase(java.util.Locale.ROOT) + ".pdf",
						"application/pdf", KosgebApplicants.pdf()))
				.param("category", category)
				.with(applicant)
				.with(csrf())).andExpect(redirectedUrlPattern("/kosgeb/application/edit*"));
		}
		return application;
	}

	private void addItem(RequestPostProcessor applicant, long version, String unitPrice, String quantity)
			throws Exception {
		this.mvc
			.perform(post("/kosgeb/application/items").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("kind", "MACHINE")
				.param("description", "CNC dik işleme merkezi")
				.param("quantity", quantity)
				.param("unitPrice", unitPrice)
				.param("supplierName", "Torna Makina Ltd. Şti.")
				.param("supplierTaxNumber", tr.destek.enterprise.Enterprises.randomVkn())
				.param("reportRecommendation", "Öneri 3: üretim hattında CNC otomasyonu")
				.param("confirmedNew", "true"))
			.andExpect(redirectedUrlPattern("/kosgeb/application/edit*"));
	}

	private void submit(RequestPostProcessor applicant, KosgebApplication application) throws Exception {
		this.mvc
			.perform(post("/kosgeb/application/submit").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(application)))
				.param("commitmentVersion", Commitment.VERSION)
				.param("approved", "true"))
			.andExpect(redirectedUrl("/kosgeb/application"));
	}

	/** What the staff side does: assign, propose a correction, the manager approves. */
	private void openForCorrection(Long id, Set<ApplicationPart> parts) {
		this.tx.executeWithoutResult(status -> {
			KosgebApplication application = this.repository.findById(id).orElseThrow();
			Instant now = Instant.now();
			if (application.getStatus() == ApplicationStatus.SUBMITTED) {
				application.assignTo(null, now, now.plus(7, ChronoUnit.DAYS));
			}
			application.propose(ControlProposal.REQUEST_CORRECTION, "Teklifteki birim fiyatı düzeltin", parts,
					"uzman@kosgeb.gov.tr", now);
			application.approveProposal("mudur@kosgeb.gov.tr", now, now.plus(7, ChronoUnit.DAYS));
		});
	}

	private long version(KosgebApplication application) {
		return this.repository.findById(application.getId()).orElseThrow().getVersion();
	}

	private tr.destek.identity.DestekUser principal(String email) {
		return (tr.destek.identity.DestekUser) this.userDetails.loadUserByUsername(email);
	}

	private RequestPostProcessor as(String email) {
		return user(this.userDetails.loadUserByUsername(email));
	}

}
