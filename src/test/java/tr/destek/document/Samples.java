package tr.destek.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small real files of each kind, and impostors. */
final class Samples {

	private Samples() {
	}

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
				0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89 };
	}

	static byte[] jpeg() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
				0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9 };
	}

	/** A Windows program: starts with "MZ". */
	static byte[] exe() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[2] = (byte) 0x90;
		return bytes;
	}

	static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
	}

	/** A PDF of exactly {@code size} bytes. */
	static byte[] pdfOfSize(int size) {
		byte[] bytes = Arrays.copyOf(pdf(), size);
		Arrays.fill(bytes, pdf().length, size, (byte) ' ');
		return bytes;
	}

}
