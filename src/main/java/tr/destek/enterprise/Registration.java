package tr.destek.enterprise;

import java.time.LocalDate;

/** What a new enterprise gives at sign-up. */
public record Registration(String taxNumber, String title, LegalForm legalForm, LocalDate registrationDate,
		Short provinceCode, String naceCode) {

}
