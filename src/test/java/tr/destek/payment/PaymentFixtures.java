package tr.destek.payment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.loan.DisbursedLoan;
import tr.destek.loan.FinancedItem;
import tr.destek.loan.LoanFixtures;
import tr.destek.platform.DestekTime;

/**
 * Test data for payments: an accepted application with a loan disbursed months ago (so
 * installments are due), its applicant, its responsible expert and a unit manager, and
 * requests ready to submit.
 */
public class PaymentFixtures {

	static final String PASSWORD = "Odeme-Parola-2026";

	final LoanFixtures loans;

	final ControlFixtures control;

	final UserAccountService users;

	final PaymentService payments;

	final InspectionService inspections;

	public PaymentFixtures(ApplicationContext context) {
		this.loans = LoanFixtures.from(context);
		this.control = ControlFixtures.from(context);
		this.users = context.getBean(UserAccountService.class);
		this.payments = context.getBean(PaymentService.class);
		this.inspections = context.getBean(InspectionService.class);
	}

	static LocalDate today() {
		return LocalDate.now(DestekTime.ZONE);
	}

	/** An accepted application of a new enterprise and what the tests need around it. */
	public record Case(Long applicationId, DisbursedLoan loan, DestekUser applicant, DestekUser expert,
			DestekUser manager) {

		FinancedItem erp() {
			return this.loan.items().stream().filter(i -> i.description().startsWith("ERP")).findFirst().orElseThrow();
		}

		FinancedItem server() {
			return this.loan.items()
				.stream()
				.filter(i -> i.description().startsWith("Sunucu"))
				.findFirst()
				.orElseThrow();
		}

	}

	/**
	 * Programme started 10 months ago; a 1.500.000 TL loan disbursed 7 months ago over 12
	 * months without grace: quarters 1 and 2 are due.
	 */
	public Case acceptedWithLoan(int province) {
		return acceptedWithLoan(province, today().minusMonths(10), today().minusMonths(7), 12);
	}

	/**
	 * As {@link #acceptedWithLoan(int)}, with another preferred bank that reports and
	 * disburses the loan (MADDE 14).
	 */
	public Case acceptedWithLoan(int province, String bankCode) {
		return acceptedWithLoan(province, bankCode, today().minusMonths(10), today().minusMonths(7), 12);
	}

	Case acceptedWithLoan(int province, LocalDate registryDate, LocalDate disbursementDate, int term) {
		return acceptedWithLoan(province, LoanFixtures.BANK, registryDate, disbursementDate, term);
	}

	Case acceptedWithLoan(int province, String bankCode, LocalDate registryDate, LocalDate disbursementDate, int term) {
		Long applicationId = this.loans.acceptedApplication(province, "Ödeme Şirketi " + UUID.randomUUID(), bankCode,
				registryDate);
		DisbursedLoan loan = this.loans.disbursedLoan(applicationId, new BigDecimal("1500000.00"), disbursementDate,
				term, 0);
		KosgebApplication application = this.control.load(applicationId);
		UserAccount applicant = this.users.createApplicant(application.getEnterpriseId(),
				"odeme-" + UUID.randomUUID() + "@example.com.tr", "Başvuru Sahibi", PASSWORD);
		UserAccount expert = this.users.find(application.getAssignedStaffId()).orElseThrow();
		UserAccount manager = this.control.staff(Role.UNIT_MANAGER, province);
		return new Case(applicationId, loan, this.control.principal(applicant), this.control.principal(expert),
				this.control.principal(manager));
	}

	static MultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf", LoanFixtures.PDF);
	}

	static MultipartFile png(String name) {
		return new MockMultipartFile("photos", name, "image/png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
						0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89 });
	}

	static MultipartFile text(String name) {
		return new MockMultipartFile("photos", name, "image/png", "not a picture".getBytes(StandardCharsets.UTF_8));
	}

	/** Inspects every approved item; the server fails when {@code serverFails}. */
	Inspection inspect(Case c, LocalDate visit, boolean serverFails) {
		return this.inspections.record(c.expert(), c.applicationId(), visit,
				List.of(new InspectionService.ItemFinding(c.erp().expenseItemId(), "Logo", "Tiger 3", "ERP-0001", true,
						null, List.of(png("erp.png"))),
						new InspectionService.ItemFinding(c.server().expenseItemId(), "Dell", "R750", "SRV-42",
								!serverFails, serverFails ? "Bellek 64 GB yerine 32 GB" : null, List.of())));
	}

	/**
	 * A draft request of a quarter with an invoice per item, the proof and the report.
	 */
	public PaymentRequest completeDraft(Case c, int quarter) {
		PaymentRequest request = this.payments.open(c.applicant(), c.loan().loanId(), quarter,
				c.loan().schedule().get(quarter - 1).dueDate());
		LocalDate invoiceDate = today().minusMonths(6);
		request = addInvoice(c, request, "F-" + quarter + "-1", invoiceDate, c.erp().expenseItemId(), "1200000.00",
				"240000.00");
		request = addInvoice(c, request, "F-" + quarter + "-2", invoiceDate, c.server().expenseItemId(), "300000.00",
				"60000.00");
		this.payments.upload(c.applicant(), request.getId(), version(c, request), PaymentService.PROOF,
				pdf("dekont.pdf"));
		this.payments.upload(c.applicant(), request.getId(), version(c, request), PaymentService.REPORT,
				pdf("idr.pdf"));
		return this.payments.view(c.applicant(), request.getId()).request();
	}

	PaymentRequest addInvoice(Case c, PaymentRequest request, String number, LocalDate date, Long item, String amount,
			String vat) {
		this.payments.addInvoice(c.applicant(), request.getId(), version(c, request), new PaymentService.InvoiceData(
				number, date, "1234567890", item, new BigDecimal(amount), new BigDecimal(vat)), pdf(number + ".pdf"));
		return this.payments.view(c.applicant(), request.getId()).request();
	}

	long version(Case c, PaymentRequest request) {
		return this.payments.view(c.applicant(), request.getId()).request().getVersion();
	}

	/** Submitted, inspected (server failing when asked) and prepared with the debts. */
	public PaymentRequest prepared(Case c, int quarter, boolean serverFails, String kosgebDebt, String taxDebt,
			String sgkDebt) {
		PaymentRequest request = completeDraft(c, quarter);
		this.payments.submit(c.applicant(), request.getId(), version(c, request));
		inspect(c, today().minusDays(1), serverFails);
		this.payments.prepare(c.expert(), request.getId(), version(c, request), new BigDecimal(kosgebDebt),
				new BigDecimal(taxDebt), new BigDecimal(sgkDebt));
		return this.payments.view(c.expert(), request.getId()).request();
	}

}
