package tr.destek.document;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.springframework.web.multipart.MultipartFile;

/** A kept upload handed back to a form's service as the file the user chose. */
final class KeptFile implements MultipartFile {

	private final DocumentContent content;

	KeptFile(DocumentContent content) {
		this.content = content;
	}

	@Override
	public String getName() {
		return "file";
	}

	@Override
	public String getOriginalFilename() {
		return this.content.ref().filename();
	}

	@Override
	public String getContentType() {
		return this.content.ref().contentType();
	}

	@Override
	public boolean isEmpty() {
		return this.content.bytes().length == 0;
	}

	@Override
	public long getSize() {
		return this.content.bytes().length;
	}

	@Override
	public byte[] getBytes() {
		return this.content.bytes().clone();
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(this.content.bytes());
	}

	@Override
	public void transferTo(File dest) throws IOException {
		Files.write(dest.toPath(), this.content.bytes());
	}

}
