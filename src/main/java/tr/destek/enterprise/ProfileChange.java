package tr.destek.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the applicant may change on the enterprise profile. */
public record ProfileChange(String title, Short provinceCode, String address, String naceCode,
		LocalDate declarationDate, BigDecimal privateOwnershipShare, boolean rdCentre, boolean designCentre,
		boolean technopark, int completedTubitakProjects, boolean womenOwned, boolean womenManaged,
		boolean earthquakeRegion, Integer developmentRegion, String etebligatAddress) {

}
