package tr.destek.kosgeb;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.audit.AuditEntry;
import tr.destek.audit.AuditTrail;
import tr.destek.calendar.SlaStatus;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.support.IntegrationTest;
import tr.destek.support.ModuleEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff side of KOSGEB applications (MADDE 9) through the real context. Each test
 * works in its own province unit so that its staff and files do not meet other tests'.
 */
@IntegrationTest
class ApplicationControlTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	ControlReview review;

	@Autowired
	ControlApproval approval;

	@Autowired
	ControlEscalations escalations;

	@Autowired
	ControlDetails details;

	@Autowired
	ControlQueue queue;

	@Autowired
	CorrectionExpiryJob expiryJob;

	@Autowired
	ControlSlaEscalationJob escalationJob;

	@Autowired
	KosgebApplicationRepository applications;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	Clock clock;

	ControlFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = ControlFixtures.from(this.context);
	}

	// --- assignment (MADDE 9(1)) ---

	@Test
	void madde9_1_submittedApplicationsGoRoundRobinToTheResponsibleStaffOfTheProvince() {
		UserAccount first = this.fixtures.staff(Role.RESPONSIBLE_STAFF, 75);
		UserAccount second = this.fixtures.staff(Role.RESPONSIBLE_STAFF, 75);
		UserAccount elsewhere = this.fixtures.staff(Role.RESPONSIBLE_STAFF, 71);
		List<Long> assigned = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			KosgebApplication application = this.fixtures.load(this.fixtures.submitted(75, "Ardahan Makine " + i));
			assertThat(application.getStatus()).isEqualTo(ApplicationStatus.IN_CONTROL);
			assertThat(application.getControlDueAt()).isAfter(application.getSubmittedAt());
			assigned.add(application.getAssignedStaffId());
		}
		// fewest open files first; on a tie the one assigned longest ago (never: first)
		assertThat(assigned).containsExactly(first.getId(), second.getId(), first.getId(), second.getId());
		assertThat(assigned).doesNotContain(elsewhere.getId());
		Long id = this.fixtures.submitted(75, "Ardahan Döküm");
		List<AuditEntry> history = this.audit.history("KosgebApplication", id);
		assertThat(history).extracting(AuditEntry::getAction).contains("KOSGEB_ASSIGNED");
		assertThat(history).filteredOn(e -> e.getAction().equals("KOSGEB_ASSIGNED"))
			.allSatisfy(e -> assertThat(e.getActor()).isEqualTo("system"));
	}

	@Test
	void madde9_1_withoutResponsibleStaffTheFileWaitsForTheManagerWhoIsToldAndAssignsByHand() throws Exception {
		UserAccount manager = this.fixtures.staff(Role.UNIT_MANAGER, 74);
		Long id = this.fixtures.submitted(74, "Bayburt Kalıp Ltd.");
		KosgebApplication waiting = this.fixtures.load(id);
		assertThat(waiting.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(waiting.getAssignedStaffId()).isNull();
		assertThat(waiting.getControlDueAt()).isNotNull();
		assertThat(notifications(manager, "kosgeb-control.notify.unassigned")).isOne();

		Page<ControlQueue.Row> page = this.queue.page(this.fixtures.principal(manager),
				new ControlQueue.Filter(ApplicationStatus.SUBMITTED, false, null, null), 0);
		assertThat(page.getContent()).extracting(ControlQueue.Row::id).contains(id);

		UserAccount staff = this.fixtures.staff(Role.RESPONSIBLE_STAFF, 74);
		this.mvc
			.perform(post("/kosgeb/control/{id}/assign", id).with(as(manager))
				.with(csrf())
				.param("staffId", staff.getId().toString())
				.param("version", String.valueOf(waiting.getVersion())))
			.andExpect(redirectedUrl("/kosgeb/control/" + id))
			.andExpect(flash().attribute("flashSuccessKey", "kosgeb-control.assigned"));
		KosgebApplication assigned = this.fixtures.load(id);
		assertThat(assigned.getStatus()).isEqualTo(ApplicationStatus.IN_CONTROL);
		assertThat(assigned.getAssignedStaffId()).isEqualTo(staff.getId());
		assertThat(assigned.getControlDueAt()).isEqualTo(waiting.getControlDueAt());
		assertThat(notifications(staff, "kosgeb-control.notify.assigned")).isOne();
	}

	// --- the control table and the proposals (MADDE 9(1),(2),(3)) ---

	@Test
	void madde9_2_approvingForTheBoardNeedsEveryItemAnsweredAndNoneNonConforming() throws Exception {
		Unit unit = unit(72);
		Long id = this.fixtures.submitted(72, "Karaman Hassas Parça");
		UserAccount expert = unit.expertOf(this.fixtures.load(id));

		// partial save
		this.mvc
			.perform(post("/kosgeb/control/{id}/checks", id).with(as(expert))
				.with(csrf())
				.param("lines[0].code", "registered-active")
				.param("lines[0].result", "CONFORMS")
				.param("lines[0].note", "Ticaret sicili kontrol edildi")
				.param("lines[1].code", "declaration-current")
				.param("lines[1].result", ""))
			.andExpect(redirectedUrl("/kosgeb/control/" + id))
			.andExpect(flash().attribute("flashSuccessKey", "kosgeb-control.checks.saved"));
		ControlDetail detail = this.details.detail(this.fixtures.principal(expert), id);
		assertThat(detail.checklist().get(0).result()).isEqualTo(CheckResult.CONFORMS);
		assertThat(detail.checklist().get(0).note()).isEqualTo("Ticaret sicili kontrol edildi");
		assertThat(detail.checklist().get(1).answered()).isFalse();
		assertThat(detail.checklist().get(3).rule().outcome()).isEqualTo(tr.destek.kosgeb.eligibility.Outcome.PASS);

		long version = this.fixtures.load(id).getVersion();
		this.mvc
			.perform(post("/kosgeb/control/{id}/proposal", id).with(as(expert))
				.with(csrf())
				.param("proposal", "APPROVE_FOR_BOARD")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/kosgeb/control/" + id))
			.andExpect(flash().attribute("flashError", containsString("15 madde yanıtlanmadı")));

		answerAll(expert, id, CheckResult.CONFORMS, "amounts-exclude-vat", CheckResult.DOES_NOT_CONFORM);
		this.mvc
			.perform(post("/kosgeb/control/{id}/proposal", id).with(as(expert))
				.with(csrf())
				.param("proposal", "APPROVE_FOR_BOARD")
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("flashError", containsString("Uygun değil")));
		assertThat(this.fixtures.load(id).getStatus()).isEqualTo(ApplicationStatus.IN_CONTROL);

		answerAll(expert, id, CheckResult.CONFORMS, "amounts-exclude-vat", CheckResult.NOT_APPLICABLE);
		this.mvc
			.perform(post("/kosgeb/control/{id}/proposal", id).with(as(expert))
				.with(csrf())
				.param("proposal", "APPROVE_FOR_BOARD")
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("flashSuccessKey", "kosgeb-control.proposal.sent"));
		assertThat(this.fixtures.load(id).getStatus()).isEqualTo(ApplicationStatus.CONTROL_APPROVAL);
		assertThat(notifications(unit.manager, "kosgeb-control.notify.proposal")).isGreaterThanOrEqualTo(1);

		// the manager approves: ready for the board; the enterprise and the expert are
		// told
		this.mvc
			.perform(post("/kosgeb/control/{id}/approve", id).with(as(unit.manager))
				.with(csrf())
				.param("version", String.valueOf(this.fixtures.load(id).getVersion())))
			.andExpect(flash().attribute("flashSuccessKey", "kosgeb-control.decision.approved"));
		assertThat(this.fixtures.load(id).getStatus()).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
		assertThat(notifications(expert, "kosgeb-control.notify.decided")).isOne();
		assertThat(this.audit.history("KosgebApplication", id)).extracting(AuditEntry::getAction)
			.contains("KOSGEB_CONTROL_CHECKS_SAVED", "KOSGEB_CONTROL_PROPOSED", "KOSGEB_CONTROL_APPROVED");
	}

	@Test
	void madde9_3_aCorrectionNeedsPartsAndReasonsAndTheManagersApprovalGivesSevenDays() throws Exception {
		Unit unit = unit(70);
		Long id = this.fixtures.submitted(70, "Kırıkkale Metal");
		UserAccount expert = unit.expertOf(this.fixtures.load(id));
		long version = this.fixtures.load(id).getVersion();

		// missing reasons and parts: errors next to the fields, what was typed kept
		this.mvc
			.perform(post("/kosgeb/control/{id}/proposal", id).with(as(expert))
				.with(csrf())
				.param("proposal", "REQUEST_CORRECTION")
				.param("note", "")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("proposalForm", "note", "parts"))
			.andExpect(content().string(containsString("en az bir bölüm")));

		this.mvc
			.perform(post("/kosgeb/control/{id}/proposal", id).with(as(expert))
				.with(csrf())
				.param("proposal", "REQUEST_CORRECTION")
				.param("note", "Tedarikçi teklifi eksik")
				.param("parts", "DOCUMENTS", "EXPENSE_ITEMS")
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("flashSuccessKey", "kosgeb-control.proposal.sent"));

		// the manager sends it back once with a note
		this.mvc
			.perform(post("/kosgeb/control/{id}/return", id).with(as(unit.manager))
				.with(csrf())
				.param("note", "Fiyatları da kontrol edin")
				.param("version", String.valueOf(this.fixtures.load(id).getVersion())))
			.andExpect(flash().attribute("flashSuccessKey", "kosgeb-control.decision.returned"));
		assertThat(this.fixtures.load(id).getStatus()).isEqualTo(ApplicationStatus.IN_CONTROL);
		assertThat(notifications(expert, "kosgeb-control.notify.returned")).isOne();

		this.review.propose(this.fixtures.principal(expert), id, this.fixtures.load(id).getVersion(),
				ControlProposal.REQUEST_CORRECTION, "Tedarikçi teklifi eksik", EnumSet.of(ApplicationPart.DOCUMENTS));
		Instant before = Instant.now(this.clock);
		this.approval.approve(this.fixtures.principal(unit.manager), id, this.fixtures.load(id).getVersion());
		KosgebApplication corrected = this.fixtures.load(id);
		assertThat(corrected.getStatus()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
		assertThat(corrected.openParts()).containsExactly(ApplicationPart.DOCUMENTS);
		// MADDE 9(3), 18(13): 7 days from today, ending 23:59 (later when day 7 is not a
		// working day)
		Duration window = Duration.between(before, corrected.getCorrectionDeadline());
		assertThat(window).isGreaterThan(Duration.ofDays(7)).isLessThan(Duration.ofDays(17));
		assertThat(corrected.getCorrectionDeadline().atZone(tr.destek.platform.DestekTime.ZONE).toLocalTime())
			.isEqualTo(java.time.LocalTime.of(23, 59));
	}

	@Test
	void madde9_2_aRejectionApprovedByTheManagerKeepsTheReasons() {
		Unit unit = unit(69);
		Long id = this.fixtures.submitted(69, "Bayburt Tekstil");
		UserAccount expert = unit.expertOf(this.fixtures.load(id));
		this.review.propose(this.fixtures.principal(expert), id, this.fixtures.load(id).getVersion(),
				ControlProposal.REJECT, "NACE kodu C kısmında değil", null);
		this.approval.approve(this.fixtures.principal(unit.manager), id, this.fixtures.load(id).getVersion());
		KosgebApplication rejected = this.fixtures.load(id);
		assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(rejected.getRejectionReason()).isEqualTo("NACE kodu C kısmında değil");
	}

	@Test
	void theUnitManagerReassignsWithinTheUnitAndBothStaffAreTold() throws Exception {
		Unit unit = unit(68);
		Long id = this.fixtures.submitted(68, "Aksaray Plastik");
		KosgebApplication application = this.fixtures.load(id);
		UserAccount from = unit.expertOf(application);
		UserAccount to = from.getId().equals(unit.first.getId()) ? unit.second : unit.first;
		UserAccount otherProvince = this.fixtures.staff(Role.RESPONSIBLE_STAFF, 67);

		this.mvc
			.perform(post("/kosgeb/control/{id}/reassign", id).with(as(unit.manager))
				.with(csrf())
				.param("staffId", otherProvince.getId().toString())
				.param("version", String.valueOf(application.getVersion())))
			.andExpect(flash().attribute("flashError", containsString("biriminizin")));
		this.mvc
			.perform(post("/kosgeb/control/{id}/reassign", id).with(as(unit.manager))
				.with(csrf())
				.param("staffId", to.getId().toString())
				.param("version", String.valueOf(application.getVersion())))
			.andExpect(flash().attribute("flashSuccessKey", "kosgeb-control.reassigned"));
		assertThat(this.fixtures.load(id).getAssignedStaffId()).isEqualTo(to.getId());
		assertThat(notifications(to, "kosgeb-control.notify.reassigned-to")).isOne();
		assertThat(notifications(from, "kosgeb-control.notify.reassigned-from")).isOne();
		assertThat(this.audit.history("KosgebApplication", id)).extracting(AuditEntry::getAction)
			.contains("KOSGEB_REASSIGNED");
	}

	// --- access ---

	@Test
	void staffOfAnotherProvinceGet404AndAnUnassignedColleagueMayReadButNotAct() throws Exception {
		Unit unit = unit(66);
		Long id = this.fixtures.submitted(66, "Karabük Çelik");
		KosgebApplication application = this.fixtures.load(id);
		UserAccount expert = unit.expertOf(application);
		UserAccount colleague = expert.getId().equals(unit.first.getId()) ? unit.second : unit.first;
		UserAccount foreignStaff = this.fixtures.staff(Role.RESPONSIBLE_STAFF, 65);
		UserAccount foreignManager = this.fixtures.staff(Role.UNIT_MANAGER, 65);

		this.mvc.perform(get("/kosgeb/control/{id}", id).with(as(foreignStaff))).andExpect(status().isNotFound());
		this.mvc.perform(get("/kosgeb/control/{id}", id).with(as(foreignManager))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/kosgeb/control/{id}/approve", id).with(as(foreignManager))
				.with(csrf())
				.param("version", String.valueOf(application.getVersion())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/kosgeb/control/{id}", 999_999_999L).with(as(expert))).andExpect(status().isNotFound());

		this.mvc.perform(get("/kosgeb/control/{id}", id).with(as(colleague)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(application.getReference())))
			.andExpect(content().string(containsString("Başvuru Kontrol Tablosu")));
		this.mvc
			.perform(post("/kosgeb/control/{id}/proposal", id).with(as(colleague))
				.with(csrf())
				.param("proposal", "REJECT")
				.param("note", "x")
				.param("version", String.valueOf(application.getVersion())))
			.andExpect(status().isForbidden());
		// the expert may not approve their own proposal; only the manager does
		this.mvc
			.perform(post("/kosgeb/control/{id}/approve", id).with(as(expert))
				.with(csrf())
				.param("version", String.valueOf(application.getVersion())))
			.andExpect(status().isForbidden());
		// other roles never reach the control pages
		this.mvc.perform(get("/kosgeb/control/{id}", id).with(user("x@example.com").roles("APPLICANT")))
			.andExpect(status().isForbidden());
		assertThat(this.fixtures.load(id).getStatus()).isEqualTo(ApplicationStatus.IN_CONTROL);
	}

	@Test
	void theControlPageShowsTheFileItsTableSlaAndTimeline() throws Exception {
		Unit unit = unit(64);
		Long id = this.fixtures.submitted(64, "Düzce Hassas Döküm");
		UserAccount expert = unit.expertOf(this.fixtures.load(id));
		this.mvc.perform(get("/kosgeb/control/{id}", id).with(as(expert)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Düzce Hassas Döküm")))
			.andExpect(content().string(containsString("ERP yazılımı")))
			.andExpect(content().string(containsString("Ana faaliyet kodunuz 25.62")))
			.andExpect(content().string(containsString("Süresinde")))
			.andExpect(content().string(containsString("Başvuru uzmana atandı")))
			.andExpect(content().string(containsString("id=\"save-checks\"")))
			.andExpect(content().string(containsString("id=\"send-proposal\"")));
		this.mvc.perform(get("/kosgeb/control").with(as(expert)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Düzce Hassas Döküm")));
	}

	// --- optimistic locking ---

	@Test
	void twoActionsOnTheSameVersionCannotBothWinTheSecondGetsAClearMessage() throws Exception {
		Unit unit = unit(63);
		Long id = this.fixtures.submitted(63, "Kilis Makine");
		UserAccount expert = unit.expertOf(this.fixtures.load(id));
		this.review.propose(this.fixtures.principal(expert), id, this.fixtures.load(id).getVersion(),
				ControlProposal.REJECT, "Eksik", null);
		long version = this.fixtures.load(id).getVersion();
		UserAccount secondManager = this.fixtures.staff(Role.UNIT_MANAGER, 63);

		// both managers loaded the page with the same version; one approves, one returns
		this.mvc
			.perform(post("/kosgeb/control/{id}/approve", id).with(as(unit.manager))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("flashSuccessKey", "kosgeb-control.decision.approved"));
		this.mvc
			.perform(post("/kosgeb/control/{id}/return", id).with(as(secondManager))
				.with(csrf())
				.param("note", "Tekrar bakın")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashErrorKey", "kosgeb-control.conflict"));
		assertThat(this.fixtures.load(id).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
	}

	@Test
	void twoManagersApprovingAtTheSameMomentOnlyOneWins() throws Exception {
		Unit unit = unit(62);
		Long id = this.fixtures.submitted(62, "Osmaniye Kalıp");
		UserAccount expert = unit.expertOf(this.fixtures.load(id));
		this.review.propose(this.fixtures.principal(expert), id, this.fixtures.load(id).getVersion(),
				ControlProposal.REJECT, "Eksik", null);
		long version = this.fixtures.load(id).getVersion();
		UserAccount secondManager = this.fixtures.staff(Role.UNIT_MANAGER, 62);
		DestekUser[] managers = { this.fixtures.principal(unit.manager), this.fixtures.principal(secondManager) };
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Boolean>> results = new ArrayList<>();
		try {
			for (DestekUser manager : managers) {
				results.add(pool.submit(() -> {
					start.await();
					try {
						this.approval.approve(manager, id, version);
						return true;
					}
					catch (org.springframework.dao.OptimisticLockingFailureException ex) {
						return false;
					}
				}));
			}
			start.countDown();
			int wins = 0;
			for (Future<Boolean> result : results) {
				wins += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(wins).isOne();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.audit.history("KosgebApplication", id))
			.filteredOn(e -> e.getAction().equals("KOSGEB_CONTROL_APPROVED"))
			.hasSize(1);
	}

	// --- correction expiry (MADDE 9(3)) ---

	@Test
	void madde9_3_theExpiryJobRejectsExactlyTheExpiredCorrectionsOnceEvenWithTwoSchedulersRacing() throws Exception {
		Unit unit = unit(61);
		Instant now = Instant.now(this.clock);
		Long expired1 = inCorrection(unit, "Yalova Tersane", now.minus(Duration.ofMinutes(5)));
		Long expired2 = inCorrection(unit, "Yalova Boya", now.minus(Duration.ofDays(2)));
		Long notYet = inCorrection(unit, "Yalova Kimya", now.plus(Duration.ofDays(3)));

		waitForLockRelease("kosgeb-correction-expiry");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService schedulers = Executors.newFixedThreadPool(2);
		try {
			Future<?> a = schedulers.submit(() -> {
				start.await();
				this.expiryJob.rejectExpiredCorrections();
				return null;
			});
			Future<?> b = schedulers.submit(() -> {
				start.await();
				this.expiryJob.rejectExpiredCorrections();
				return null;
			});
			start.countDown();
			a.get(60, TimeUnit.SECONDS);
			b.get(60, TimeUnit.SECONDS);
		}
		finally {
			schedulers.shutdownNow();
		}
		for (Long id : List.of(expired1, expired2)) {
			KosgebApplication application = this.fixtures.load(id);
			assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
			assertThat(application.getRejectionReason())
				.isEqualTo("7 gün içinde düzeltme yapılmadığı için başvurunuz reddedilmiş sayıldı (MADDE 9(3)).");
			assertThat(application.getDecidedBy()).isEqualTo("system");
			assertThat(this.audit.history("KosgebApplication", id))
				.filteredOn(e -> e.getAction().equals("KOSGEB_CORRECTION_EXPIRED"))
				.singleElement()
				.satisfies(e -> assertThat(e.getActor()).isEqualTo("system"));
		}
		assertThat(this.fixtures.load(notYet).getStatus()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
		// run again later: nothing more happens
		this.escalations.expiredCorrections().forEach(this.escalations::expireCorrection);
		assertThat(this.audit.history("KosgebApplication", expired1))
			.filteredOn(e -> e.getAction().equals("KOSGEB_CORRECTION_EXPIRED"))
			.hasSize(1);
	}

	// --- SLA (MADDE 9(1), 18(15)) ---

	@Test
	void madde18_15_anOverdueControlIsEscalatedToTheManagerOnceAndStillWorkable() throws Exception {
		Unit unit = unit(60);
		Long id = this.fixtures.submitted(60, "Çankırı Tuğla");
		this.fixtures.tx
			.executeWithoutResult(s -> this.jdbc.update("update kosgeb_application set control_due_at = ? where id = ?",
					Timestamp.from(Instant.now(this.clock).minus(Duration.ofHours(1))), id));
		DestekUser manager = this.fixtures.principal(unit.manager);
		Page<ControlQueue.Row> overdue = this.queue.page(manager,
				new ControlQueue.Filter(null, false, SlaStatus.OVERDUE, null), 0);
		assertThat(overdue.getContent()).extracting(ControlQueue.Row::id).containsExactly(id);
		assertThat(overdue.getContent().get(0).sla()).isEqualTo(SlaStatus.OVERDUE);
		assertThat(
				this.queue.page(manager, new ControlQueue.Filter(null, false, SlaStatus.ON_TIME, null), 0).getContent())
			.extracting(ControlQueue.Row::id)
			.doesNotContain(id);

		waitForLockRelease("kosgeb-control-escalation");
		this.escalationJob.escalateOverdueControls();
		assertThat(this.escalations.escalateOverdue(id)).isFalse();
		assertThat(notifications(unit.manager, "kosgeb-control.notify.overdue")).isOne();
		// never blocking: the expert still proposes
		UserAccount expert = unit.expertOf(this.fixtures.load(id));
		this.review.propose(this.fixtures.principal(expert), id, this.fixtures.load(id).getVersion(),
				ControlProposal.REJECT, "Eksik belge", null);
		assertThat(this.fixtures.load(id).getStatus()).isEqualTo(ApplicationStatus.CONTROL_APPROVAL);
	}

	// --- the queue: no N+1 ---

	@Test
	void aPageOf50ApplicationsIsReadWithOneQueryPlusTheCount() {
		Unit unit = unit(59);
		for (int i = 0; i < 52; i++) {
			this.fixtures.submitted(59, "Tokat Üretim " + i);
		}
		DestekUser manager = this.fixtures.principal(unit.manager);
		ControlQueue.Filter filter = new ControlQueue.Filter(null, false, null, ControlQueue.Sort.TITLE);
		this.queue.page(manager, filter, 0);
		// the e-mails of the assignments go out asynchronously: not counted below
		ModuleEvents.awaitIdle(this.jdbc);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean wasEnabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			Page<ControlQueue.Row> page = this.queue.page(manager, filter, 0);
			long statements = statistics.getPrepareStatementCount();
			assertThat(page.getContent()).hasSize(50);
			assertThat(page.getTotalElements()).isEqualTo(52);
			assertThat(page.getContent()).allSatisfy(row -> {
				assertThat(row.enterpriseTitle()).startsWith("Tokat Üretim");
				assertThat(row.assignedStaffName()).isNotNull();
				assertThat(row.requestedAmount()).isEqualByComparingTo("300000.00");
				assertThat(row.sla()).isNotNull();
			});
			assertThat(statements).isEqualTo(2);
		}
		finally {
			statistics.setStatisticsEnabled(wasEnabled);
		}
		// a responsible staff member sees only their own files
		DestekUser expert = this.fixtures.principal(unit.first);
		assertThat(this.queue.page(expert, filter, 0).getContent())
			.allSatisfy(row -> assertThat(row.assignedStaffId()).isEqualTo(unit.first.getId()));
	}

	// --- helpers ---

	private Long inCorrection(Unit unit, String title, Instant deadline) {
		Long id = this.fixtures.submitted(61, title);
		this.fixtures.tx.executeWithoutResult(s -> {
			KosgebApplication application = this.applications.findById(id).orElseThrow();
			application.propose(ControlProposal.REQUEST_CORRECTION, "Belge eksik",
					EnumSet.of(ApplicationPart.DOCUMENTS), "uzman@kosgeb.test", Instant.now(this.clock));
			application.approveProposal(unit.manager.getEmail(), Instant.now(this.clock), deadline);
		});
		return id;
	}

	private void answerAll(UserAccount expert, Long id, CheckResult result, String exceptCode, CheckResult except) {
		Map<String, ControlReview.Answer> answers = new java.util.LinkedHashMap<>();
		for (ControlChecklist.Item item : ControlChecklist.items()) {
			answers.put(item.code(), new ControlReview.Answer(item.code().equals(exceptCode) ? except : result, null));
		}
		this.review.saveChecks(this.fixtures.principal(expert), id, answers);
	}

	private void waitForLockRelease(String name) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline && Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from shedlock where name = ? and lock_until > timezone('utc', now()))",
				Boolean.class, name))) {
			Thread.sleep(200);
		}
	}

	private long notifications(UserAccount user, String key) {
		return this.jdbc.queryForObject("select count(*) from notification where recipient_id = ? and message_key = ?",
				Long.class, user.getId(), key);
	}

	private RequestPostProcessor as(UserAccount account) {
		return user(this.fixtures.principal(account));
	}

	private Unit unit(int province) {
		return new Unit(this.fixtures.staff(Role.RESPONSIBLE_STAFF, province),
				this.fixtures.staff(Role.RESPONSIBLE_STAFF, province),
				this.fixtures.staff(Role.UNIT_MANAGER, province));
	}

	/** A province unit: two responsible staff and the unit manager. */
	record Unit(UserAccount first, UserAccount second, UserAccount manager) {

		UserAccount expertOf(KosgebApplication application) {
			return application.getAssignedStaffId().equals(this.first.getId()) ? this.first : this.second;
		}

	}

}
