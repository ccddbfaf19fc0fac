package tr.destek.enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tr.destek.identity.UserAccountService;
import tr.destek.support.IntegrationTest;
import tr.destek.support.Race;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, "must build" 2: a tax number belongs to one enterprise (MADDE 5(3): one
 * application per enterprise, so one enterprise per VKN). Two sign-ups with the same VKN
 * at the same instant register one enterprise; the other is told the number is taken —
 * the same answer as one after the other — not a database error.
 */
@IntegrationTest
class ConcurrentRegistrationTests {

	/** Kayseri: assigned to the concurrency tests. */
	static final short PROVINCE = 38;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSameTaxNumberRegisteredTwiceAtTheSameInstantRegistersOneEnterprise() throws Exception {
		String vkn = Enterprises.randomVkn();

		List<Race.Outcome<Enterprise>> outcomes = Race.twice(() -> this.enterprises.register(new Registration(vkn,
				"Kayseri Eşzamanlı Kayıt A.Ş.", LegalForm.JOINT_STOCK, LocalDate.of(2015, 6, 1), PROVINCE, "25.62")));

		assertThat(Race.winners(outcomes)).hasSize(1);
		assertThat(Race.losers(outcomes)).singleElement().isInstanceOf(TaxNumberTakenException.class);
		assertThat(this.jdbc.sql("select count(*) from enterprise where tax_number = ?")
			.param(vkn)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSameEmailSignedUpTwiceAtTheSameInstantCreatesOneAccountAndOneEnterprise() throws Exception {
		String email = "esz-kayit-" + UUID.randomUUID() + "@example.com.tr";
		String first = Enterprises.randomVkn();
		String second = Enterprises.randomVkn();

		List<Race.Outcome<EnterpriseService.SignedUp>> outcomes = Race
			.run(List.of(() -> signUp(first, email), () -> signUp(second, email)));

		assertThat(Race.winners(outcomes)).hasSize(1);
		assertThat(Race.losers(outcomes)).singleElement().isInstanceOf(UserAccountService.EmailTakenException.class);
		assertThat(this.jdbc.sql("select count(*) from user_account where lower(email) = lower(?)")
			.param(email)
			.query(Long.class)
			.single()).isEqualTo(1);
		// the enterprise and its first user are created together, or neither
		assertThat(this.jdbc.sql("select count(*) from enterprise where tax_number in (?, ?)")
			.params(first, second)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	EnterpriseService.SignedUp signUp(String vkn, String email) {
		return this.enterprises.signUp(new Registration(vkn, "Kayseri Eşzamanlı Kullanıcı " + vkn + " A.Ş.",
				LegalForm.JOINT_STOCK, LocalDate.of(2015, 6, 1), PROVINCE, "25.62"), email, "Aynı Kişi",
				"Gizli-parola-123");
	}

}
