package tr.destek.platform.pdf;

/** A template could not be turned into a PDF: a programming error, never user input. */
public class PdfRenderingException extends RuntimeException {

	PdfRenderingException(String message, Throwable cause) {
		super(message, cause);
	}

}
