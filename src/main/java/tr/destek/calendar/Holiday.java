package tr.destek.calendar;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An official holiday as the deadline rules see it: a date, its names, and whether it is
 * only a half day (arife), which counts as a working day (deadlines.md item 6).
 */
public record Holiday(LocalDate date, String nameTr, String nameEn, boolean halfDay) {

	/** The name in the reader's language (English for {@code en}, Turkish otherwise). */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameTr;
	}

	/** A full-day holiday closes offices; a half-day eve does not move a deadline. */
	public boolean closesOffices() {
		return !this.halfDay;
	}

}
