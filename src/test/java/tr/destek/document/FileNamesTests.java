package tr.destek.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** File names from users are stored and downloaded safely. */
class FileNamesTests {

	@Test
	void foldersAndReservedCharactersAreRemoved() {
		assertThat(FileNames.sanitise("../../etc/pass<wd>.pdf", ContentKind.PDF)).isEqualTo("pass_wd_.pdf");
		assertThat(FileNames.sanitise("C:\\Users\\Ayşe\\Belgeler\\İmza Sirküleri.PDF", ContentKind.PDF))
			.isEqualTo("İmza Sirküleri.pdf");
		assertThat(FileNames.sanitise("rapor\u0000\r\n.pdf", ContentKind.PDF)).isEqualTo("rapor___.pdf");
		assertThat(FileNames.sanitise("  ...  ", ContentKind.PNG)).isEqualTo("belge.png");
		assertThat(FileNames.sanitise(null, ContentKind.JPEG)).isEqualTo("belge.jpg");
	}

	@Test
	void theExtensionTellsTheTruthAboutTheContent() {
		assertThat(FileNames.sanitise("foto.jpeg", ContentKind.JPEG)).isEqualTo("foto.jpeg");
		assertThat(FileNames.sanitise("foto.pdf", ContentKind.PNG)).isEqualTo("foto.pdf.png");
		assertThat(FileNames.sanitise("tarama", ContentKind.PDF)).isEqualTo("tarama.pdf");
	}

	@Test
	void longNamesAreShortenedKeepingTheExtension() {
		String name = FileNames.sanitise("ş".repeat(400) + ".pdf", ContentKind.PDF);
		assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("ş.pdf");
	}

	@Test
	void turkishNamesGetAnAsciiFallbackAndTheExactNameAsRfc5987() {
		assertThat(FileNames.attachmentDisposition("Çalışma Ğüzelİ ı.pdf")).isEqualTo(
				"attachment; filename=\"Calisma GuzelI i.pdf\"; filename*=UTF-8''%C3%87al%C4%B1%C5%9Fma%20%C4%9E%C3%BCzel%C4%B0%20%C4%B1.pdf");
	}

	@Test
	void contentIsRecognisedByItsFirstBytes() {
		assertThat(ContentKind.sniff(Samples.pdf())).contains(ContentKind.PDF);
		assertThat(ContentKind.sniff(Samples.png())).contains(ContentKind.PNG);
		assertThat(ContentKind.sniff(Samples.jpeg())).contains(ContentKind.JPEG);
		assertThat(ContentKind.sniff(Samples.exe())).isEmpty();
		assertThat(ContentKind.sniff(Samples.html())).isEmpty();
		assertThat(ContentKind.sniff(new byte[] { '%', 'P' })).isEmpty();
	}

}
