package tr.destek.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.AccountAdministration;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.support.IntegrationTest;
import tr.destek.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People are told about what concerns them: in the application and by e-mail in their own
 * language, only once the change is committed, and even when the SMTP server is down the
 * change goes through. The e-mail is sent by an asynchronous module listener, so the
 * tests wait for it.
 */
@IntegrationTest
class NotificationTests {

	static final String KEY = "notification.record-updated";

	@Autowired
	Notifier notifier;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	UserAccountService users;

	@Autowired
	AccountAdministration administration;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	AuditTrail audit;

	@Autowired
	MockMvc mvc;

	final Long enterpriseId = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

	@Test
	void everyoneOfTheEnterpriseGetsAnEmailInTheirOwnLanguageAfterCommit() throws Exception {
		UserAccount turkish = applicant("Ayşe Yılmaz", "tr");
		UserAccount english = applicant("John Smith", "en");
		UserAccount disabled = applicant("Eski Çalışan", "tr");
		this.administration.setEnabled(disabled.getId(), false);

		inTransaction(() -> this.notifier.notifyEnterprise(this.enterpriseId, KEY,
				new Object[] { "Başvuru 2026/17", "uzman inceledi" }, "/enterprise/profile"));

		MimeMessage toTurkish = single(turkish);
		assertThat(toTurkish.getSubject()).isEqualTo("Destek: Başvuru 2026/17 güncellendi");
		assertThat(body(toTurkish)).contains("Sayın Ayşe Yılmaz,")
			.contains("Başvuru 2026/17 ile ilgili yeni bir gelişme var: uzman inceledi")
			.contains("http://localhost:8080/enterprise/profile");
		assertThat(toTurkish.getFrom()[0].toString()).isEqualTo("destek@localhost");
		MimeMessage toEnglish = single(english);
		assertThat(toEnglish.getSubject()).isEqualTo("Destek: Başvuru 2026/17 updated");
		assertThat(body(toEnglish)).contains("Dear John Smith,");
		assertThat(TestMail.get().receivedBy(disabled.getEmail())).isEmpty();
		// the mailer is an asynchronous module listener: its record follows the send
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailStatuses(turkish).equals(List.of("SENT"))
					&& mailStatuses(english).equals(List.of("SENT")));
		assertThat(mailStatuses(turkish)).containsExactly("SENT");
		assertThat(mailStatuses(english)).containsExactly("SENT");
	}

	@Test
	void nothingIsSentOrStoredWhenTheTransactionRollsBack() {
		UserAccount user = applicant("Geri Alınan", "tr");
		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> {
			this.notifier.notifyUser(user.getId(), KEY, new Object[] { "Başvuru 1", "x" }, null);
			status.setRollbackOnly();
		});
		assertThat(TestMail.get().receivedBy(user.getEmail())).isEmpty();
		assertThat(mailStatuses(user)).isEmpty();
	}

	@Test
	void whenTheSmtpServerIsDownTheBusinessChangeCommitsAndTheMailIsMarkedFailed() {
		UserAccount user = applicant("Sunucu Kapalı", "tr");
		String entityId = UUID.randomUUID().toString();
		TestMail.get().whileDown(() -> {
			inTransaction(() -> {
				this.audit.record("TEST_CHANGE", "NotificationTest", entityId, "a business change", null, "after");
				this.notifier.notifyUser(user.getId(), KEY, new Object[] { "Başvuru 3", "y" }, null);
			});
			// the mailer is an asynchronous module listener: the server stays down until
			// it has tried
			await().atMost(Duration.ofSeconds(30)).until(() -> mailStatuses(user).equals(List.of("FAILED")));
		});
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where entity_id = ?", Integer.class,
				entityId))
			.isOne();
		assertThat(mailStatuses(user)).containsExactly("FAILED");
		assertThat(this.jdbc.queryForObject("select mail_error from notification where recipient_id = ?", String.class,
				user.getId()))
			.isNotBlank();
		assertThat(this.inbox.unreadCount(user.getId())).isOne();
	}

	@Test
	void withoutAnSmtpServerConfiguredTheMailIsDisabledAndTheNotificationStays(
			@Autowired NotificationRepository repository, @Autowired NotificationTexts texts,
			@Autowired MessageSource messages, @Autowired Clock clock) {
		UserAccount user = applicant("E-postasız", "tr");
		inTransaction(() -> this.notifier.notifyUser(user.getId(), KEY, new Object[] { "Başvuru 4", "z" }, null));
		Long id = this.jdbc.queryForObject("select id from notification where recipient_id = ?", Long.class,
				user.getId());
		NotificationMailer withoutMail = new NotificationMailer(repository, this.users, texts, messages,
				new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), this.transactionManager, clock,
				"destek@localhost", "http://localhost:8080/");
		withoutMail.send(id);
		assertThat(this.inbox.mailStatus(id)).contains(MailStatus.DISABLED);
		assertThat(this.inbox.unreadCount(user.getId())).isOne();
	}

	@Test
	void theListShowsOnesOwnNotificationsNewestFirstInTheReadersLanguage() throws Exception {
		UserAccount reader = applicant("Okuyan Kişi", "tr");
		this.notifier.notifyUser(reader.getId(), KEY, new Object[] { "Eski kayıt", "ilk" }, null);
		this.notifier.notifyUser(reader.getId(), KEY, new Object[] { "Yeni kayıt", "ikinci" }, "/dashboard");
		UserAccount someoneElse = applicant("Başka Kişi", "tr");
		this.notifier.notifyUser(someoneElse.getId(), KEY, new Object[] { "Gizli kayıt", "üçüncü" }, null);

		String page = this.mvc.perform(get("/account/notifications").with(signedIn(reader)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("unreadNotifications", 2L))
			.andExpect(content().string(not(containsString("Gizli kayıt"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsSubsequence("Destek: Yeni kayıt güncellendi", "Destek: Eski kayıt güncellendi");
		this.mvc.perform(get("/account/notifications").param("lang", "en").with(signedIn(reader)))
			.andExpect(content().string(containsString("Destek: Yeni kayıt updated")))
			.andExpect(content().string(containsString("Mark all as read")));
	}

	@Test
	void aReaderMarksOneOrAllAsReadAndOpensTheLink() throws Exception {
		UserAccount reader = applicant("İşaretleyen", "tr");
		this.notifier.notifyUser(reader.getId(), KEY, new Object[] { "A", "1" }, "/dashboard");
		this.notifier.notifyUser(reader.getId(), KEY, new Object[] { "B", "2" }, null);
		this.notifier.notifyUser(reader.getId(), KEY, new Object[] { "C", "3" }, null);
		List<Long> ids = notificationIds(reader);

		this.mvc
			.perform(post("/account/notifications/{id}/read", ids.get(0)).param("open", "true")
				.with(signedIn(reader))
				.with(csrf()))
			.andExpect(redirectedUrl("/dashboard"));
		assertThat(this.inbox.unreadCount(reader.getId())).isEqualTo(2);
		this.mvc
			.perform(post("/account/notifications/{id}/read", ids.get(1)).param("page", "0")
				.with(signedIn(reader))
				.with(csrf()))
			.andExpect(redirectedUrl("/account/notifications?page=0"));
		assertThat(this.inbox.unreadCount(reader.getId())).isOne();
		this.mvc.perform(post("/account/notifications/read-all").with(signedIn(reader)).with(csrf()))
			.andExpect(redirectedUrl("/account/notifications"));
		this.mvc.perform(get("/account/notifications").with(signedIn(reader)))
			.andExpect(model().attribute("unreadNotifications", 0L));
		this.mvc.perform(post("/account/notifications/read-all").with(signedIn(reader)))
			.andExpect(status().isForbidden());
	}

	@Test
	void guessingSomeoneElsesNotificationIdFindsNothing() throws Exception {
		UserAccount owner = applicant("Sahibi", "tr");
		UserAccount guesser = applicant("Tahminci", "tr");
		this.notifier.notifyUser(owner.getId(), KEY, new Object[] { "Özel", "1" }, null);
		Long id = notificationIds(owner).get(0);

		this.mvc.perform(post("/account/notifications/{id}/read", id).with(signedIn(guesser)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/account/notifications/{id}/read", Long.MAX_VALUE).with(signedIn(guesser)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.inbox.unreadCount(owner.getId())).isOne();
		this.mvc.perform(get("/account/notifications")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/")).andExpect(model().attribute("unreadNotifications", nullValue()));
	}

	@Test
	void linksMustStayInsideTheApplication() {
		UserAccount user = applicant("Bağlantı", "tr");
		for (String link : List.of("https://evil.example", "//evil.example", "javascript:alert(1)", "/a b")) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> this.notifier.notifyUser(user.getId(), KEY, new Object[0], link));
		}
	}

	@Test
	void numbersStayNumbersSoEachLanguageFormatsThem() {
		Object[] back = NotificationTexts
			.fromJson(NotificationTexts.toJson(new Object[] { new java.math.BigDecimal("1234.5"), 7, "metin", null }));
		assertThat(back).containsExactly(new java.math.BigDecimal("1234.5"), 7L, "metin", "");
	}

	private UserAccount applicant(String name, String locale) {
		String email = "bildirim-" + UUID.randomUUID() + "@example.com";
		UserAccount account = this.users.createApplicant(this.enterpriseId, email, name, "parola-parola-9");
		this.jdbc.update("update user_account set preferred_locale = ? where id = ?", locale, account.getId());
		return account;
	}

	private RequestPostProcessor signedIn(UserAccount account) {
		return user(this.userDetails.loadUserByUsername(account.getEmail()));
	}

	private void inTransaction(Runnable action) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> action.run());
	}

	private MimeMessage single(UserAccount account) {
		await().atMost(Duration.ofSeconds(30)).until(() -> !TestMail.get().receivedBy(account.getEmail()).isEmpty());
		List<MimeMessage> received = TestMail.get().receivedBy(account.getEmail());
		assertThat(received).hasSize(1);
		return received.get(0);
	}

	private static String body(MimeMessage message) throws Exception {
		return String.valueOf(message.getContent());
	}

	private List<String> mailStatuses(UserAccount account) {
		return this.jdbc.queryForList("select mail_status from notification where recipient_id = ?", String.class,
				account.getId());
	}

	private List<Long> notificationIds(UserAccount account) {
		return this.jdbc.queryForList("select id from notification where recipient_id = ? order by id", Long.class,
				account.getId());
	}

}
