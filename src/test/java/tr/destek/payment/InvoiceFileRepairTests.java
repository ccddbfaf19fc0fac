package tr.destek.payment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V64's repair of invoice scans stored under owner id {@code null} (issue #9, MADDE
 * 15(2),(3)): linked only when the scan and a file-less invoice of the same enterprise
 * were inserted by the same transaction and that match is one-to-one; everything else is
 * left for staff (the invoice shows "fatura dosyası eksik").
 */
@IntegrationTest
class InvoiceFileRepairTests {

	/** Kırşehir, as {@link InvoiceEvidenceTests}. */
	static final int PROVINCE = 40;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anOrphanScanIsLinkedToTheInvoiceItsTransactionAdded_twoInOneTransactionStayFlagged() {
		PaymentFixtures fixtures = new PaymentFixtures(this.context);
		PaymentFixtures.Case c = fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = fixtures.payments.open(c.applicant(), c.loan().loanId(), 1,
				c.loan().schedule().get(0).dueDate());
		Long enterpriseId = request.getEnterpriseId();

		long[] single = this.transactions
			.execute(tx -> new long[] { invoice(request, c, "R-1"), orphanScan(enterpriseId, "r-1.pdf") });
		long[] twice = this.transactions.execute(tx -> new long[] { invoice(request, c, "R-2"),
				orphanScan(enterpriseId, "r-2.pdf"), invoice(request, c, "R-3"), orphanScan(enterpriseId, "r-3.pdf") });
		long lateInvoice = this.transactions.execute(tx -> invoice(request, c, "R-4"));
		long lateScan = this.transactions.execute(tx -> orphanScan(enterpriseId, "r-4.pdf"));

		Integer linked = this.jdbc.queryForObject("select payment_link_orphan_invoice_files()", Integer.class);

		assertThat(linked).isGreaterThanOrEqualTo(1);
		assertThat(owner(single[1])).isEqualTo(String.valueOf(single[0]));
		assertThat(owner(twice[1])).isEqualTo("null");
		assertThat(owner(twice[3])).isEqualTo("null");
		assertThat(owner(lateScan)).isEqualTo("null");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from document where owner_type = 'PaymentInvoice' and owner_id = ?", Integer.class,
				String.valueOf(lateInvoice)))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'DOCUMENT_RELINKED' and entity_id = ?", Integer.class,
				String.valueOf(single[1])))
			.isEqualTo(1);
		// the request page flags the invoices still without a file
		PaymentService.RequestView view = fixtures.payments.view(c.expert(), request.getId());
		assertThat(view.invoicesWithoutFile()).extracting(Invoice::getNumber)
			.containsExactlyInAnyOrder("R-2", "R-3", "R-4");
	}

	private long invoice(PaymentRequest request, PaymentFixtures.Case c, String number) {
		return this.jdbc.queryForObject(
				"insert into payment_invoice (request_id, invoice_number, invoice_date, supplier_vkn, expense_item_id,"
						+ " amount_excl_vat, vat_amount) values (?, ?, ?, '1234567890', ?, 1000.00, 200.00) returning id",
				Long.class, request.getId(), number, PaymentFixtures.today().minusMonths(5), c.erp().expenseItemId());
	}

	private long orphanScan(Long enterpriseId, String filename) {
		return this.jdbc.queryForObject(
				"insert into document (enterprise_id, owner_type, owner_id, category, filename, content_type,"
						+ " size_bytes, sha256, uploaded_at, uploaded_by) values (?, 'PaymentInvoice', 'null', 'INVOICE',"
						+ " ?, 'application/pdf', 10, repeat('a', 64), now(), 'test') returning id",
				Long.class, enterpriseId, filename);
	}

	private String owner(long documentId) {
		return this.jdbc.queryForObject("select owner_id from document where id = ?", String.class, documentId);
	}

}
