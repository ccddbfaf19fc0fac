package tr.destek.platform.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PdfRendererTests {

	static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

	static final String TURKISH_LETTERS = "çğıİöşü ÇĞIÖŞÜ";

	static final String TURKISH_TITLE = "Gizlilik ve Tarafsızlık Taahhütnamesi — Çağrı Şükrü Ilgın İğdır Öğüt";

	@Autowired
	PdfRenderer renderer;

	@Test
	void turkishLettersAndTitleComeBackExactlyFromThePdfText() throws IOException {
		byte[] pdf = this.renderer.render("pdf-test/sample",
				model(PdfForm.of("FRM.34.00.04", TURKISH_TITLE), TURKISH_LETTERS, 0), TURKISH);

		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = reading(document, 1, 1);
			assertThat(text).contains(TURKISH_LETTERS).contains(TURKISH_TITLE).contains("FRM.34.00.04");
			// the same message bundles as the pages, in Turkish
			assertThat(text).contains("Küçük işletme").contains("Sayfa 1 / 1");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("FRM.34.00.04 " + TURKISH_TITLE);
			assertThat(embeddedFontNames(document)).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
		}
	}

	@Test
	void amountsAndLabelsFollowTheLocaleOfTheReader() throws IOException {
		String turkish = text(this.renderer.render("pdf-test/sample",
				model(PdfForm.of("FRM.34.00.05", "Kurul Karar Formu").registered("2026/145", LocalDate.of(2026, 3, 9)),
						"x", 0),
				TURKISH));
		assertThat(turkish).contains("1.234.567,89 TL")
			.contains("Kayıt no: 2026/145")
			.contains("Kayıt tarihi: 09/03/2026")
			.contains("Küçük işletme");

		String english = text(this.renderer.render("pdf-test/sample", model(
				PdfForm.of("FRM.34.00.05", "Board Decision Form").registered("2026/145", LocalDate.of(2026, 3, 9)), "x",
				0), Locale.ENGLISH));
		assertThat(english).contains("1,234,567.89 TL")
			.contains("Registry no.: 2026/145")
			.contains("Small enterprise")
			.contains("Page 1 / 1")
			.contains("(Turkey time)");
	}

	@Test
	void withoutARegistryNumberTheHeaderShowsNone() throws IOException {
		String text = text(
				this.renderer.render("pdf-test/sample", model(PdfForm.of("DESTEK-X", "Başlık"), "x", 0), TURKISH));
		assertThat(text).doesNotContain("Kayıt no");
	}

	@Test
	void everyPageCarriesTheFormCodeAndItsNumberOfTheTotal() throws IOException {
		byte[] pdf = this.renderer.render("pdf-test/sample", model(PdfForm.of("FRM.34.00.03", "Uzun Form"), "x", 120),
				TURKISH);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			for (int page = 1; page <= pages; page++) {
				String text = reading(document, page, page);
				assertThat(text).contains("FRM.34.00.03").contains("Sayfa " + page + " / " + pages);
			}
			assertThat(reading(document, 1, pages)).contains("satır 1").contains("satır 120");
		}
	}

	@Test
	void theGenerationTimeIsPrintedInIstanbulTime() throws IOException {
		ZonedDateTime before = ZonedDateTime.now(DestekTime.ZONE);
		String text = text(
				this.renderer.render("pdf-test/sample", model(PdfForm.of("DESTEK-X", "Başlık"), "x", 0), TURKISH));
		ZonedDateTime after = ZonedDateTime.now(DestekTime.ZONE);
		DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
		assertThat(text).containsAnyOf("Oluşturulma: " + format.format(before) + " (Türkiye saati)",
				"Oluşturulma: " + format.format(after) + " (Türkiye saati)");
	}

	@Test
	void userTextIsPrintedAsTextNeverAsMarkup() throws IOException {
		String hostile = "<b>kalın</b> & <img src=\"http://example.invalid/x.png\"/> \"tırnak\"";
		String text = text(
				this.renderer.render("pdf-test/sample", model(PdfForm.of("DESTEK-X", "Başlık"), hostile, 0), TURKISH));
		assertThat(text).contains(hostile);
	}

	@Test
	void aTemplateThatDoesNotExistIsAProgrammingError() {
		assertThatThrownBy(() -> this.renderer.render("pdf-test/missing", Map.of(), TURKISH))
			.isInstanceOf(RuntimeException.class);
	}

	@Test
	void aFormNeedsItsCodeAndTitle() {
		assertThatThrownBy(() -> PdfForm.of(" ", "Başlık")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PdfForm.of("FRM.34.00.05", null)).isInstanceOf(IllegalArgumentException.class);
	}

	private static Map<String, Object> model(PdfForm form, String text, int rows) {
		Map<String, Object> model = new HashMap<>();
		model.put(PdfRenderer.FORM, form);
		model.put("text", text);
		model.put("amount", new BigDecimal("1234567.89"));
		model.put("rows", rows);
		return model;
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return reading(document, 1, document.getNumberOfPages());
		}
	}

	/** The text as a reader sees it on the pages: top to bottom, left to right. */
	static String reading(PDDocument document, int fromPage, int toPage) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(fromPage);
		stripper.setEndPage(toPage);
		return stripper.getText(document);
	}

	private static List<String> embeddedFontNames(PDDocument document) throws IOException {
		List<String> names = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				if (font.isEmbedded()) {
					names.add(font.getName());
				}
				else {
					names.add("not embedded: " + font.getName());
				}
			}
		}
		return names;
	}

}
