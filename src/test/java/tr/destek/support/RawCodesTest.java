package tr.destek.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The raw-code check itself (issue 10 point 13). */
class RawCodesTest {

	@Test
	void findsCodesInTheTextAPersonReads() {
		assertThat(RawCodes.in("<html><body><p>Belge: SUPPLIER_OFFERS</p><span title=\"KOSGEB_ITEM_ADDED\">x</span>"
				+ "<select><option>MATURITY_REPORT</option></select></body></html>"))
			.containsExactly("SUPPLIER_OFFERS", "MATURITY_REPORT", "KOSGEB_ITEM_ADDED");
	}

	@Test
	void formNumbersLabelsAndVerbatimRecordsPass() {
		assertThat(RawCodes.in("<html><head><title>Kurul Karar Formu</title></head><body>"
				+ "<p>FRM.34.00.05 · TAB.34.00.02 · MADDE 7(3) · VKN · DD-2026-000001</p>"
				+ "<p>e-posta: ali_veli@ornek.com.tr</p>" + "<div translate=\"no\"><code>KOSGEB_ITEM_ADDED</code></div>"
				+ "<script>var A_B_C = 1;</script></body></html>"))
			.isEmpty();
	}

}
