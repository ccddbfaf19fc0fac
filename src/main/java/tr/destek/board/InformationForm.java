package tr.destek.board;

import java.util.List;

import tr.destek.enterprise.SizeClassification;

/**
 * The Kurul Bilgilendirme Formu (FRM.34.00.03) of one agenda item: what the members
 * receive with the file when the agenda is sent (MADDE 10(1),(2), 12(1)) — the enterprise
 * (title, tax number, province, size class on the application date, NACE), the report the
 * file rests on (level and the recommendations the items refer to), the items with the
 * requested amounts (VAT excluded), the control result and the eligibility frozen at
 * submission, and the preferred bank, as the subject's programme hands them over.
 *
 * @param subject the subject with its file, from its programme
 * @param sizeClass the KOBİ size class on the application date (MADDE 7(2))
 * @param recommendations the report's recommendations the items refer to, in order
 * @param eligibility the eligibility frozen at submission, or {@code null}
 */
public record InformationForm(Meeting meeting, AgendaItem item, AgendaSubject subject, String enterpriseTitle,
		String taxNumber, String provinceName, SizeClassification sizeClass, String naceCode,
		List<String> recommendations, SubjectEligibility eligibility, String bankName) {

	/** The form code of the Kurul Bilgilendirme Formu. */
	public static final String FORM_CODE = "FRM.34.00.03";

}
