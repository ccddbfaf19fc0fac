package tr.destek.enterprise.web;

import org.springframework.stereotype.Component;

import tr.destek.enterprise.TaxNumber;

/**
 * How templates show a TCKN: as typed only where the model says so (the applicant's own
 * pages, attribute {@value #SHOW_TCKNS}), masked everywhere else, PDFs included (issue #9
 * point 5). Used in templates as {@code @tckns.show(value, showTckns)}.
 */
@Component("tckns")
class TcknDisplay {

	/** The model attribute that lets a page show TCKNs as typed. */
	static final String SHOW_TCKNS = "showTckns";

	/** The value as typed when {@code show} is true; masked when false or absent. */
	public String show(String value, Boolean show) {
		return Boolean.TRUE.equals(show) ? value : TaxNumber.masked(value);
	}

}
