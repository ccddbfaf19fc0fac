package tr.destek.platform.pdf;

import java.time.LocalDate;

/**
 * What the PDF layout ({@code templates/pdf/layout.html}) prints in the header of every
 * page: the form code (e.g. {@code FRM.34.00.05}), the title in the reader's language
 * and, once the document is registered (evrak kaydı), its registry number and date. Put
 * it in the model under {@link PdfRenderer#FORM}.
 *
 * @param code the form code, printed as is
 * @param title the title, already in the reader's language
 * @param registryNumber the registry number, or {@code null} while not registered
 * @param registryDate the registry date, or {@code null} while not registered
 */
public record PdfForm(String code, String title, String registryNumber, LocalDate registryDate) {

	public PdfForm {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("a PDF form needs its form code");
		}
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a PDF form needs its title");
		}
	}

	/** A form that has no registry number (yet). */
	public static PdfForm of(String code, String title) {
		return new PdfForm(code, title, null, null);
	}

	/** The same form with its registry number and date. */
	public PdfForm registered(String number, LocalDate date) {
		return new PdfForm(this.code, this.title, number, date);
	}

	public boolean isRegistered() {
		return this.registryNumber != null && !this.registryNumber.isBlank();
	}

}
