package tr.destek.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tr.destek.audit.AuditTrail;
import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.platform.NotFoundException;
import tr.destek.programme.ParameterScope;
import tr.destek.support.IntegrationTest;
import tr.destek.support.OwnerJdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Payment requests, inspections and approvals of MADDE 15 through the services. */
@IntegrationTest
class PaymentServiceTests {

	/** Çorum: no other test uses it. */
	static final int PROVINCE = 19;

	@Autowired
	ApplicationContext context;

	@Autowired
	PaymentService payments;

	@Autowired
	InspectionService inspections;

	@Autowired
	DeadlineCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OwnerJdbc owner;

	@Autowired
	AuditTrail audit;

	PaymentFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new PaymentFixtures(this.context);
	}

	private static LocalDate today() {
		return PaymentFixtures.today();
	}

	private static PaymentCheck check(PaymentService.RequestView view, String article) {
		return view.checks().stream().filter(c -> c.article().equals(article)).findFirst().orElseThrow();
	}

	@Test
	void madde15_8_oneRequestPerInstallmentPeriod_aSecondIsRefused_andAFuturePeriodCannotBeRequested() {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		this.payments.open(c.applicant(), c.loan().loanId(), 1, c.loan().schedule().get(0).dueDate());

		assertThatThrownBy(() -> this.payments.open(c.applicant(), c.loan().loanId(), 1, today()))
			.isInstanceOfSatisfying(PaymentRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("payment.request.duplicate"));
		assertThatThrownBy(() -> this.payments.open(c.applicant(), c.loan().loanId(), 3, today()))
			.isInstanceOfSatisfying(PaymentRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("payment.request.quarter.not-due"));
	}

	@Test
	void madde15_17_invoiceDatedBeforeTheFirstDecisionOrAfterTheProgrammeEndFailsAndBlocksSubmission() {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.completeDraft(c, 1);
		assertThat(check(this.payments.view(c.applicant(), request.getId()), "MADDE 15(17)").passed()).isTrue();

		LocalDate start = today().minusMonths(10);
		this.fixtures.addInvoice(c, request, "F-ERKEN", start, c.erp().expenseItemId(), "1000.00", "200.00");
		PaymentService.RequestView view = this.payments.view(c.applicant(), request.getId());
		assertThat(check(view, "MADDE 15(17)").messageKey()).isEqualTo("payment.check.invoice-before-start.fail");
		assertThat(view.submittable()).isFalse();
		assertThatThrownBy(
				() -> this.payments.submit(c.applicant(), request.getId(), this.fixtures.version(c, request)))
			.isInstanceOfSatisfying(PaymentRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("payment.request.checks-failed"));

		Long early = view.request()
			.getInvoices()
			.stream()
			.filter(i -> i.getNumber().equals("F-ERKEN"))
			.findFirst()
			.orElseThrow()
			.getId();
		this.payments.removeInvoice(c.applicant(), request.getId(), this.fixtures.version(c, request), early);
		LocalDate end = this.payments.programmeEnd(ParameterScope.KOSGEB_DT, start);
		assertThat(end).isEqualTo(start.plusMonths(24));
		this.fixtures.addInvoice(c, request, "F-GEC", end.plusDays(1), c.erp().expenseItemId(), "1000.00", "200.00");
		assertThat(check(this.payments.view(c.applicant(), request.getId()), "MADDE 15(17)").messageKey())
			.isEqualTo("payment.check.invoice-after-end.fail");
	}

	@Test
	void madde15_9_vatIsShownButNeverPartOfTheSupportedAmount() {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.completeDraft(c, 1);
		assertThat(request.supportedAmount()).isEqualByComparingTo("1500000.00");
		assertThat(request.vatExcluded()).isEqualByComparingTo("300000.00");
	}

	@Test
	void madde15_18_aRequestAfterFourMonthsFromTheLastMaturityIsRefused() {
		// a 3-month loan whose request period ended on the last working day before today
		LocalDate disbursement = today().minusMonths(8);
		while (this.calendar.deadline(disbursement.plusMonths(3), 4, PeriodUnit.MONTHS, Delivery.ELECTRONIC)
			.endDate()
			.isBefore(today())) {
			disbursement = disbursement.plusDays(1);
		}
		disbursement = disbursement.minusDays(1);
		LocalDate end = this.calendar.deadline(disbursement.plusMonths(3), 4, PeriodUnit.MONTHS, Delivery.ELECTRONIC)
			.endDate();
		assertThat(end).isBefore(today());
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE, today().minusMonths(10), disbursement, 3);
		PaymentRequest request = this.fixtures.completeDraft(c, 1);
		PaymentService.RequestView view = this.payments.view(c.applicant(), request.getId());
		PaymentCheck late = check(view, "MADDE 15(18)");
		assertThat(late.failed()).isTrue();
		assertThat(late.args()).contains(end.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
		assertThat(view.submittable()).isFalse();
	}

	@Test
	void madde15_19_anOverdueKosgebDebtBlocksTheApproval() {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.prepared(c, 1, false, "150.00", "0", "0");
		assertThat(this.payments.view(c.manager(), request.getId()).blockers())
			.contains("payment.oluru.blocked.kosgeb-debt");
		assertThatThrownBy(() -> this.payments.approve(c.manager(), request.getId(), request.getVersion()))
			.isInstanceOfSatisfying(PaymentRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("payment.oluru.blocked.kosgeb-debt"));
	}

	@Test
	void madde15_4_failedInspectionWithholdsTheItemsShare_andALaterPassReleasesFutureShares() {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest first = this.fixtures.prepared(c, 1, true, "0", "0", "0");
		Payment paid = this.payments.approve(c.manager(), first.getId(), first.getVersion());

		BigDecimal subsidy = c.loan().schedule().get(0).interest();
		PaymentItem server = paid.getItems()
			.stream()
			.filter(i -> i.getExpenseItemId().equals(c.server().expenseItemId()))
			.findFirst()
			.orElseThrow();
		assertThat(server.getPaid()).isEqualByComparingTo("0");
		assertThat(server.getWithheld()).isPositive();
		assertThat(server.getWithheldReason()).contains("MADDE 15(4)").contains("Bellek 64 GB yerine 32 GB");
		assertThat(paid.getWithheld()).isEqualByComparingTo(server.getShare());
		assertThat(paid.getPaidToEnterprise()).isEqualByComparingTo(subsidy.subtract(server.getShare()));

		// a new inspection passes the server: the next period pays it in full
		PaymentRequest second = this.fixtures.completeDraft(c, 2);
		this.payments.submit(c.applicant(), second.getId(), this.fixtures.version(c, second));
		this.fixtures.inspect(c, today(), false);
		this.payments.prepare(c.expert(), second.getId(), this.fixtures.version(c, second), BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO);
		Payment next = this.payments.approve(c.manager(), second.getId(), this.fixtures.version(c, second));
		assertThat(next.getWithheld()).isEqualByComparingTo("0");
		assertThat(next.getPaidToEnterprise()).isEqualByComparingTo(c.loan().schedule().get(1).interest());
		// the earlier period's withheld share stays withheld
		assertThat(this.payments.overviewForApplicant(c.applicant()).totalWithheld())
			.isEqualByComparingTo(server.getShare());
	}

	@Test
	void madde15_7_taxDebtAboveTheLimitIsPaidToTheTaxOfficeFirst() {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.prepared(c, 1, false, "0", "10000.00", "4000.00");
		Payment payment = this.payments.approve(c.manager(), request.getId(), request.getVersion());
		BigDecimal subsidy = c.loan().schedule().get(0).interest();
		assertThat(payment.getPaidToTaxOffice()).isEqualByComparingTo("10000.00");
		assertThat(payment.getPaidToSgk()).isEqualByComparingTo("0");
		assertThat(payment.getPaidToEnterprise()).isEqualByComparingTo(subsidy.subtract(new BigDecimal("10000.00")));
		assertThat(payment.getDebtOffsetLimit()).isEqualByComparingTo("5000.00");
		assertThat(this.audit.history(PaymentService.PAYMENT_ENTITY, payment.getId())).isNotEmpty();
	}

	@Test
	void madde15_3_theOluruNeedsAnInspectionOfEveryItem_andOnlyTheUnitManagerApproves() {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.completeDraft(c, 1);
		this.payments.submit(c.applicant(), request.getId(), this.fixtures.version(c, request));
		assertThatThrownBy(() -> this.payments.prepare(c.expert(), request.getId(), this.fixtures.version(c, request),
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))
			.isInstanceOfSatisfying(PaymentRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("payment.oluru.inspection-missing"));
		this.fixtures.inspect(c, today(), false);
		this.payments.prepare(c.expert(), request.getId(), this.fixtures.version(c, request), BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO);
		assertThatThrownBy(() -> this.payments.approve(c.expert(), request.getId(), this.fixtures.version(c, request)))
			.isInstanceOfSatisfying(PaymentRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("payment.oluru.manager-only"));
		this.payments.returnToExpert(c.manager(), request.getId(), this.fixtures.version(c, request),
				"Vergi borcu yazısı eksik");
		assertThat(this.payments.view(c.expert(), request.getId()).request().getStatus())
			.isEqualTo(PaymentRequestStatus.RETURNED);
	}

	@Test
	void anInspectionPhotoMustBeAPicture_andAFailingItemNeedsANote() {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		assertThatThrownBy(() -> this.inspections.record(c.expert(), c.applicationId(), today(),
				List.of(new InspectionService.ItemFinding(c.erp().expenseItemId(), "Logo", "Tiger", "1", true, null,
						List.of(PaymentFixtures.pdf("not-a-photo.pdf"))),
						new InspectionService.ItemFinding(c.server().expenseItemId(), "Dell", "R750", "2", true, null,
								List.of()))))
			.isInstanceOfSatisfying(PaymentRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("payment.inspection.photo.type"));
		assertThatThrownBy(() -> this.inspections.record(c.expert(), c.applicationId(), today(), List.of(
				new InspectionService.ItemFinding(c.erp().expenseItemId(), "Logo", "Tiger", "1", false, " ", List.of()),
				new InspectionService.ItemFinding(c.server().expenseItemId(), "Dell", "R750", "2", true, null,
						List.of()))))
			.isInstanceOfSatisfying(PaymentRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("payment.inspection.item.note-required"));
		assertThat(this.inspections.inspections(c.applicationId())).isEmpty();
	}

	@Test
	void anApprovedPaymentCannotBeUpdatedOrDeleted() {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.prepared(c, 1, false, "0", "0", "0");
		Payment payment = this.payments.approve(c.manager(), request.getId(), request.getVersion());
		// the application's role may not even try (DatabaseRolesTests); the trigger stops
		// the owner role too
		assertThatThrownBy(() -> this.owner.jdbc()
			.update("update payment set paid_to_enterprise = 0 where id = ?", payment.getId()))
			.hasStackTraceContaining("payment is immutable");
		assertThatThrownBy(
				() -> this.owner.jdbc().update("delete from payment_item where payment_id = ?", payment.getId()))
			.hasStackTraceContaining("payment_item is immutable");
		assertThat(this.jdbc.sql("select paid_to_enterprise from payment where id = ?")
			.param(payment.getId())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(payment.getPaidToEnterprise());
	}

	@Test
	void madde18_12_assetsAreLockedUntilOneYearAfterTheLastMaturity() {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentService.Overview overview = this.payments.overviewForApplicant(c.applicant());
		assertThat(overview.schedules()).singleElement()
			.satisfies(l -> assertThat(l.assetLockUntil()).isEqualTo(c.loan().lastMaturity().plusYears(1)));
	}

	@Test
	void madde15_5_applicantIsToldOfReceiptAndApproval_andTheUnitManagerOfTheWaitingOluru() {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.prepared(c, 1, false, "0", "0", "0");
		assertThat(subjects(c.manager())).contains("Onayınızı bekleyen Ödeme Oluru");
		this.payments.approve(c.manager(), request.getId(), request.getVersion());
		assertThat(subjects(c.applicant())).contains("Ödeme talebiniz alındı", "Faiz desteği ödemeniz onaylandı");
		assertThat(subjects(c.expert())).contains("İncelenecek ödeme talebi");
	}

	private List<String> subjects(tr.destek.identity.DestekUser reader) {
		return this.inbox
			.page(reader.getId(), org.springframework.data.domain.PageRequest.of(0, 50),
					java.util.Locale.forLanguageTag("tr"))
			.map(tr.destek.notification.NotificationView::subject)
			.getContent();
	}

	@Autowired
	tr.destek.notification.NotificationInbox inbox;

	@Test
	void anApplicantCannotSeeAnotherEnterprisesRequest() {
		PaymentFixtures.Case mine = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentFixtures.Case other = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.payments.open(other.applicant(), other.loan().loanId(), 1, today());
		assertThatThrownBy(() -> this.payments.view(mine.applicant(), request.getId()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.payments.open(mine.applicant(), other.loan().loanId(), 2, today()))
			.isInstanceOf(NotFoundException.class);
	}

}
