package tr.destek.loan;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tr.destek.identity.DestekUser;
import tr.destek.support.IntegrationTest;
import tr.destek.support.Race;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, "must build" 2: the bank's allocation (MADDE 14(3)(b)) and the unit's approval
 * of it (14(3)(c)) raced from two threads released at the same instant: one allocation
 * recorded, the application's loans never together above the board's support base
 * (14(2)), one approval; the other answer is a 400/409 with the reason, never a 500.
 */
@IntegrationTest
class ConcurrentAllocationTests {

	/** Kocaeli: assigned to the concurrency tests. */
	static final int PROVINCE = 41;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BankApiKeys keys;

	@Autowired
	BankLoanService bank;

	@Autowired
	LoanControlService unit;

	LoanFixtures fixtures;

	String ziraat;

	@BeforeEach
	void setUp() {
		this.fixtures = LoanFixtures.from(this.context);
		this.ziraat = this.keys.issue(LoanFixtures.BANK, "Eşzamanlılık testi").key();
	}

	Loan applied(Long application) {
		Loan loan = this.bank.createLoanApplication(LoanFixtures.BANK, application, null);
		this.bank.uploadDocument(LoanFixtures.BANK, loan.getId(), "gider-grubu.pdf", LoanFixtures.PDF);
		return loan;
	}

	String allocation(Long application, String erp, String server, String total) {
		AcceptedApplication accepted = this.bank.acceptedApplication(LoanFixtures.BANK, application);
		return "{\"amount\":" + total + ",\"currency\":\"TRY\",\"items\":[{\"expenseItemId\":"
				+ accepted.items().get(0).expenseItemId() + ",\"amount\":" + erp + "},{\"expenseItemId\":"
				+ accepted.items().get(1).expenseItemId() + ",\"amount\":" + server + "}]}";
	}

	MvcResult put(Long loanId, String body) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/bank/loans/{id}/allocation", loanId)
				.header("X-Api-Key", this.ziraat)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn();
	}

	long audited(String action, Long loanId) {
		return this.jdbc.sql("select count(*) from audit_entry where action = ? and entity_type = ? and entity_id = ?")
			.params(action, BankLoanService.ENTITY, String.valueOf(loanId))
			.query(Long.class)
			.single();
	}

	@Test
	void madde14_3_b_theSameAllocationSentTwiceAtTheSameInstantIsRecordedOnce() throws Exception {
		Long application = this.fixtures.acceptedApplication(PROVINCE, "Eşzamanlı Tahsis A.Ş.");
		Loan loan = applied(application);
		String body = allocation(application, "8000000", "2000000", "10000000");

		List<Race.Outcome<MvcResult>> outcomes = Race.twice(() -> put(loan.getId(), body));

		assertThat(Race.losers(outcomes)).as("no exception escapes the API").isEmpty();
		List<Integer> statuses = outcomes.stream().map(o -> o.value().getResponse().getStatus()).toList();
		assertThat(statuses).containsOnlyOnce(200);
		assertThat(statuses).allSatisfy(s -> assertThat(s).isIn(200, 400, 409));
		assertThat(audited("LOAN_ALLOCATED", loan.getId())).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from loan_item where loan_id = ?")
			.param(loan.getId())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void madde14_2_twoLoansOfOneApplicationAllocatedAtTheSameInstantStayWithinTheSupportBase() throws Exception {
		Long application = this.fixtures.acceptedApplication(PROVINCE, "İki Kredi Eşzamanlı A.Ş.");
		Loan first = applied(application);
		Loan second = applied(application);
		// each 10.000.000 TL alone fits the 15.000.000 TL support base; both together do
		// not
		String body = allocation(application, "8000000", "2000000", "10000000");

		List<Race.Outcome<MvcResult>> outcomes = Race
			.run(List.of(() -> put(first.getId(), body), () -> put(second.getId(), body)));

		assertThat(Race.losers(outcomes)).as("no exception escapes the API").isEmpty();
		List<Integer> statuses = outcomes.stream().map(o -> o.value().getResponse().getStatus()).toList();
		// the later one is refused: by the rule (400, MADDE 14(2)) when it reads the
		// first
		// allocation under the lock, or as a lost update (409) when it had read that loan
		// before the lock and Hibernate finds its version moved on
		assertThat(statuses).containsOnlyOnce(200);
		assertThat(statuses).allSatisfy(s -> assertThat(s).isIn(200, 400, 409));
		BigDecimal allocated = this.jdbc
			.sql("select coalesce(sum(allocated_amount), 0) from loan where application_id = ?")
			.param(application)
			.query(BigDecimal.class)
			.single();
		assertThat(allocated).isEqualByComparingTo("10000000");
	}

	@Test
	void madde14_3_c_theUnitApprovingAnAllocationTwiceAtTheSameInstantApprovesOnce() throws Exception {
		Long application = this.fixtures.acceptedApplication(PROVINCE, "Eşzamanlı Onay A.Ş.");
		Loan loan = this.fixtures.allocatedLoan(application, new BigDecimal("5000000"));
		DestekUser manager = this.fixtures.unitManager(PROVINCE);

		List<Race.Outcome<Loan>> outcomes = Race.twice(() -> this.unit.approve(manager, loan.getId(), null));

		assertThat(Race.winners(outcomes)).hasSize(1);
		assertThat(Race.losers(outcomes)).singleElement()
			.satisfies(f -> assertThat(f).isInstanceOfAny(LoanRuleException.class,
					OptimisticLockingFailureException.class));
		assertThat(audited("LOAN_APPROVED", loan.getId())).isEqualTo(1);
	}

}
