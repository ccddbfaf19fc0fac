package tr.destek.enterprise.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.board.Board;
import tr.destek.board.BoardFixtures;
import tr.destek.board.BoardMemberService;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingFormat;
import tr.destek.board.MeetingService;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.PersonDeclaration;
import tr.destek.enterprise.PersonRelation;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.loan.BankDirectory;
import tr.destek.loan.LoanFixtures;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #9 point 5: staff read an enterprise (and the TCKNs of its declared persons,
 * MADDE 18(9),(10)) only when a file of theirs needs it; everybody else gets 404. The
 * TCKNs are masked on every staff page.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class StaffEnterpriseAccessTests {

	static final int PROVINCE = 6;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	MeetingService meetings;

	@Autowired
	BoardMemberService members;

	@Autowired
	UserAccountService users;

	@Autowired
	BankDirectory banks;

	ControlFixtures control;

	BoardFixtures boards;

	String tckn;

	@BeforeEach
	void setUp() {
		this.control = ControlFixtures.from(this.context);
		this.boards = new BoardFixtures(this.context);
		this.tckn = Enterprises.randomTckn();
	}

	/** The enterprise of a submitted application in {@link #PROVINCE}, with an owner. */
	Long enterpriseWithSubmittedApplication(String title) {
		Long application = this.control.submitted(PROVINCE, title);
		return withOwner(application);
	}

	Long withOwner(Long application) {
		Long enterpriseId = this.applications.find(application).getEnterpriseId();
		this.enterprises.declarePerson(enterpriseId,
				new PersonDeclaration(this.tckn, "Ayşe Sahip", PersonRelation.OWNER, new BigDecimal("100"), null));
		return enterpriseId;
	}

	DestekUser staff(Role role, int province) {
		return this.control.principal(this.control.staff(role, province));
	}

	String masked() {
		return this.tckn.substring(0, 3) + "******" + this.tckn.substring(9);
	}

	@Test
	void staffOfAnotherProvinceGet404() throws Exception {
		Long enterpriseId = enterpriseWithSubmittedApplication("Başka İl Gizli A.Ş.");
		this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(staff(Role.RESPONSIBLE_STAFF, 34))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Başka İl Gizli A.Ş."))));
		this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(staff(Role.UNIT_MANAGER, 34))))
			.andExpect(status().isNotFound());
	}

	@Test
	void unitStaffOfTheSameProvinceSeeTheEnterpriseWithMaskedTckns() throws Exception {
		Long enterpriseId = enterpriseWithSubmittedApplication("Aynı İl Görünür A.Ş.");
		for (Role role : EnumSet.of(Role.RESPONSIBLE_STAFF, Role.UNIT_MANAGER)) {
			this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(staff(role, PROVINCE))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Aynı İl Görünür A.Ş.")))
				.andExpect(content().string(containsString(masked())))
				.andExpect(content().string(not(containsString(this.tckn))));
		}
	}

	@Test
	void unitStaffDoNotSeeAnEnterpriseWithoutASubmittedFile() throws Exception {
		Long enterpriseId = this.control.enterprise(PROVINCE, "Dosyasız Ltd.").getId();
		this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(staff(Role.RESPONSIBLE_STAFF, PROVINCE))))
			.andExpect(status().isNotFound());
	}

	@Test
	void secretariatWithoutAnAgendaItemGet404AndWithOneSeesItMasked() throws Exception {
		Long application = this.control.readyForBoard(PROVINCE, "Gündem Bekleyen A.Ş.");
		Long enterpriseId = withOwner(application);
		DestekUser secretariat = staff(Role.BOARD_SECRETARIAT, PROVINCE);
		this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(secretariat)))
			.andExpect(status().isNotFound());

		Board board = this.boards.board();
		Meeting meeting = sentMeeting(board, application);
		this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(masked())))
			.andExpect(content().string(not(containsString(this.tckn))));

		// a member sitting for the item sees it once he signed the commitment; a member
		// of another board does not
		Long member = board.activeSeats().get(1).getUserId();
		DestekUser memberUser = principal(member);
		this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(memberUser)))
			.andExpect(status().isNotFound());
		this.members.sign(meeting.getId(), member);
		this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(memberUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.tckn))));
		Long outsider = this.boards.board().activeSeats().get(0).getUserId();
		this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(principal(outsider))))
			.andExpect(status().isNotFound());
	}

	@Test
	void bankOfficersSeeOnlyEnterprisesThatChoseTheirBank() throws Exception {
		Long application = LoanFixtures.from(this.context).acceptedApplication(PROVINCE, "Banka Müşterisi A.Ş.");
		Long enterpriseId = withOwner(application);
		this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(officer(LoanFixtures.BANK))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.tckn))));
		this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(officer("AKBANK"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void expertsOfOtherProgrammesGet404AndAdminsReadMasked() throws Exception {
		Long enterpriseId = enterpriseWithSubmittedApplication("Program Dışı A.Ş.");
		for (Role role : EnumSet.of(Role.HISER_EXPERT, Role.SAYEM_EXPERT)) {
			this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(staff(role, PROVINCE))))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/enterprises/{id}", enterpriseId).with(user(staff(Role.ADMIN, PROVINCE))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(masked())))
			.andExpect(content().string(not(containsString(this.tckn))));
	}

	Meeting sentMeeting(Board board, Long applicationId) {
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/g", LocalDate.now(DestekTime.ZONE).plusDays(10).atTime(LocalTime.NOON));
		this.meetings.addApplication(meeting.getId(), applicationId);
		this.meetings.sendAgenda(meeting.getId());
		return this.meetings.find(meeting.getId());
	}

	DestekUser principal(Long userId) {
		return this.control.principal(this.users.find(userId).orElseThrow());
	}

	DestekUser officer(String bankCode) {
		UserAccount account = this.users.createStaffWithPassword("banka-" + UUID.randomUUID() + "@banka.test",
				"Banka Yetkilisi", EnumSet.of(Role.BANK_OFFICER), ControlFixtures.PASSWORD);
		this.banks.assign(account.getId(), bankCode);
		return this.control.principal(account);
	}

}
