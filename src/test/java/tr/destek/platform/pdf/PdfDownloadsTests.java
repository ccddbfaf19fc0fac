package tr.destek.platform.pdf;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDownloadsTests {

	@Test
	void turkishFileNamesTravelAsRfc5987WithAnAsciiFallback() {
		ResponseEntity<byte[]> response = PdfDownloads.attachment(new byte[] { 1, 2, 3 },
				"İşletme Bilgi Formu 1234567890.pdf");
		HttpHeaders headers = response.getHeaders();
		assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(headers.getContentLength()).isEqualTo(3);
		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"Isletme Bilgi Formu 1234567890.pdf\"; "
					+ "filename*=UTF-8''%C4%B0%C5%9Fletme%20Bilgi%20Formu%201234567890.pdf");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getCacheControl()).contains("no-store").contains("private");
		assertThat(headers.getContentDisposition().getFilename()).isEqualTo("İşletme Bilgi Formu 1234567890.pdf");
	}

	@Test
	void namesLoseFoldersAndForbiddenCharactersAndAlwaysEndInPdf() {
		assertThat(PdfDownloads.clean("../../etc/Çağrı \"Karar\";.pdf")).isEqualTo("Çağrı _Karar__.pdf");
		assertThat(PdfDownloads.clean("C:\\Belgeler\\Kurul Karar Formu")).isEqualTo("Kurul Karar Formu.pdf");
		assertThat(PdfDownloads.clean("rapor.PDF")).isEqualTo("rapor.pdf");
		assertThat(PdfDownloads.clean("a\r\nb.pdf")).isEqualTo("a__b.pdf");
		assertThat(PdfDownloads.clean("")).isEqualTo("belge.pdf");
		assertThat(PdfDownloads.clean(null)).isEqualTo("belge.pdf");
		assertThat(PdfDownloads.clean("...")).isEqualTo("belge.pdf");
	}

	@Test
	void fallbackSpellsTurkishLettersWithoutDiacritics() {
		assertThat(tr.destek.platform.ContentDispositions.asciiFallback("çğıİöşü ÇĞIÖŞÜ.pdf"))
			.isEqualTo("cgiIosu CGIOSU.pdf");
	}

}
