package tr.destek.demo;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.springframework.web.multipart.MultipartFile;

/**
 * A small PDF uploaded by the demo applicants as a user would through the form; the
 * document store checks its content like any upload.
 */
record DemoFile(String filename, byte[] content) implements MultipartFile {

	/** A one-page-tree PDF the content sniffing accepts. */
	static DemoFile pdf(String filename) {
		return new DemoFile(filename,
				("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
						+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
					.getBytes(StandardCharsets.US_ASCII));
	}

	@Override
	public String getName() {
		return "file";
	}

	@Override
	public String getOriginalFilename() {
		return this.filename;
	}

	@Override
	public String getContentType() {
		return "application/pdf";
	}

	@Override
	public boolean isEmpty() {
		return this.content.length == 0;
	}

	@Override
	public long getSize() {
		return this.content.length;
	}

	@Override
	public byte[] getBytes() {
		return this.content.clone();
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(this.content);
	}

	@Override
	public void transferTo(File dest) throws IOException {
		Files.write(dest.toPath(), this.content);
	}

}
