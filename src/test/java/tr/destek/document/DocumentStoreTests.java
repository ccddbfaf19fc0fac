package tr.destek.document;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Uploads are accepted or refused by their content, kept with their SHA-256, listed
 * without their bytes, audited, and downloaded with safe headers.
 */
@IntegrationTest
class DocumentStoreTests {

	static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

	@Autowired
	DocumentStore documents;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	final Long enterpriseId = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

	final String ownerId = UUID.randomUUID().toString();

	@Test
	void pdfPngAndJpegAreAcceptedByTheirContentWithTheirSha256() throws Exception {
		DocumentRef pdf = store("Dijital Olgunluk Raporu.pdf", Samples.pdf());
		DocumentRef png = store("imza.png", Samples.png());
		DocumentRef jpeg = store("fatura fotoğrafı.JPG", Samples.jpeg());

		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(png.contentType()).isEqualTo("image/png");
		assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
		assertThat(jpeg.filename()).isEqualTo("fatura fotoğrafı.jpg");
		assertThat(pdf.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Samples.pdf())))
			.hasSize(64);
		assertThat(pdf.size()).isEqualTo(Samples.pdf().length);
		assertThat(pdf.enterpriseId()).isEqualTo(this.enterpriseId);
		assertThat(pdf.uploadedBy()).isEqualTo("system");
		assertThat(this.documents.open(png.id()).orElseThrow().bytes()).isEqualTo(Samples.png());
	}

	@Test
	void theBrowsersContentTypeAndTheFileNameDoNotDecideTheType() {
		DocumentRef ref = this.documents.store(this.enterpriseId, "Test", this.ownerId, "INVOICE",
				new MockMultipartFile("file", "tarama.pdf", "application/pdf", Samples.png()));
		assertThat(ref.contentType()).isEqualTo("image/png");
		assertThat(ref.filename()).isEqualTo("tarama.pdf.png");
	}

	@Test
	void aProgramRenamedToPdfIsRefusedNamingTheAcceptedTypes() {
		DocumentRejectedException refused = refusedUpload("kurulum.pdf", Samples.exe());
		assertThat(refused.messageKey()).isEqualTo("document.rejected.type");
		assertThat(text(refused, TURKISH)).isEqualTo(
				"„kurulum.pdf“ yüklenemedi: yalnızca PDF, PNG ya da JPEG dosyası kabul edilir ve dosya türü adına göre değil içeriğine göre denetlenir.");
		assertThat(text(refused, Locale.ENGLISH)).contains("only PDF, PNG or JPEG files are accepted");
		assertThat(this.documents.list("Test", this.ownerId)).isEmpty();
	}

	@Test
	void anHtmlPageIsRefused() {
		assertThat(refused("rapor.pdf", Samples.html()).messageKey()).isEqualTo("document.rejected.type");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(refused("bos.pdf", new byte[0]).messageKey()).isEqualTo("document.rejected.empty");
		assertThat(refusedUpload("bos.pdf", new byte[0]).messageKey()).isEqualTo("document.rejected.empty");
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedWithBothSizes() {
		int tooLarge = 13_002_342; // 12.4 MB
		DocumentRejectedException refused = refusedUpload("buyuk.pdf", Samples.pdfOfSize(tooLarge));
		assertThat(refused.messageKey()).isEqualTo("document.rejected.too-large");
		assertThat(text(refused, TURKISH)).isEqualTo("Dosya en çok 10 MB olabilir; yüklediğiniz dosya 12,4 MB.");
		assertThat(text(refused, Locale.ENGLISH))
			.isEqualTo("A file may be at most 10 MB; the file you uploaded is 12.4 MB.");
		assertThat(refused("buyuk.pdf", Samples.pdfOfSize(10 * 1024 * 1024 + 1)).messageKey())
			.isEqualTo("document.rejected.too-large");
		assertThat(store("tam-sinir.pdf", Samples.pdfOfSize(10 * 1024 * 1024)).size()).isEqualTo(10 * 1024 * 1024);
	}

	@Test
	void listsNeverLoadTheBytes() {
		Attribute<?, ?>[] attributes = this.entityManager.getMetamodel()
			.entity(StoredDocument.class)
			.getAttributes()
			.toArray(Attribute[]::new);
		assertThat(attributes).extracting(attribute -> (Object) attribute.getJavaType())
			.isNotEmpty()
			.doesNotContain(byte[].class, Byte[].class);
		assertThat(attributes).extracting(Attribute::isAssociation).containsOnly(false);

		DocumentRef first = store("birinci.pdf", Samples.pdf());
		DocumentRef second = store("ikinci.png", Samples.png());
		String otherOwner = UUID.randomUUID().toString();
		DocumentRef other = this.documents.store(this.enterpriseId, "Test", otherOwner, "REPORT", "diger.jpg",
				Samples.jpeg());
		assertThat(this.documents.list("Test", this.ownerId)).extracting(DocumentRef::id)
			.containsExactly(second.id(), first.id());
		Map<String, List<DocumentRef>> all = this.documents.listAll("Test",
				List.of(this.ownerId, otherOwner, "no-documents"));
		assertThat(all.get(this.ownerId)).extracting(DocumentRef::id).containsExactly(second.id(), first.id());
		assertThat(all.get(otherOwner)).extracting(DocumentRef::id).containsExactly(other.id());
		assertThat(all.get("no-documents")).isEmpty();
	}

	@Test
	void storingAndRemovingAreAudited() {
		DocumentRef ref = store("denetim.pdf", Samples.pdf());
		this.documents.remove(ref.id());

		assertThat(this.documents.find(ref.id())).isEmpty();
		assertThat(this.documents.open(ref.id())).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from document_content where document_id = ?",
				Integer.class, ref.id()))
			.isZero();
		List<Map<String, Object>> audit = this.jdbc.queryForList(
				"select action, before_state, after_state from audit_entry where entity_type = 'Document' and entity_id = ? order by id",
				String.valueOf(ref.id()));
		assertThat(audit).extracting(row -> row.get("action")).containsExactly("DOCUMENT_STORED", "DOCUMENT_REMOVED");
		assertThat((String) audit.get(0).get("after_state")).contains("filename=denetim.pdf")
			.contains("sha256=" + ref.sha256());
		assertThat((String) audit.get(1).get("before_state")).contains("filename=denetim.pdf");
	}

	@Test
	void downloadsKeepTurkishNamesAndCarrySafeHeaders() {
		DocumentRef ref = store("Şirket Ortaklık Yapısı – Çağrı.pdf", Samples.pdf());
		ResponseEntity<byte[]> response = DocumentDownloads.response(this.documents.open(ref.id()).orElseThrow());

		HttpHeaders headers = response.getHeaders();
		assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/pdf");
		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
				"attachment; filename=\"Sirket Ortaklik Yapisi _ Cagri.pdf\"; filename*=UTF-8''%C5%9Eirket%20Ortakl%C4%B1k%20Yap%C4%B1s%C4%B1%20%E2%80%93%20%C3%87a%C4%9Fr%C4%B1.pdf");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getCacheControl()).contains("no-store");
		assertThat(response.getBody()).isEqualTo(Samples.pdf());
	}

	private DocumentRef store(String filename, byte[] content) {
		return this.documents.store(this.enterpriseId, "Test", this.ownerId, "REPORT", filename, content);
	}

	private DocumentRejectedException refused(String filename, byte[] content) {
		return catchThrowableOfType(DocumentRejectedException.class, () -> store(filename, content));
	}

	private DocumentRejectedException refusedUpload(String filename, byte[] content) {
		return catchThrowableOfType(DocumentRejectedException.class, () -> this.documents.store(this.enterpriseId,
				"Test", this.ownerId, "REPORT", new MockMultipartFile("file", filename, "application/pdf", content)));
	}

	private String text(DocumentRejectedException ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
	}

}
