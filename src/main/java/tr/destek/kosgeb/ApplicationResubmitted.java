package tr.destek.kosgeb;

/**
 * An applicant sent back a corrected application (MADDE 9(3)): it returns to its staff
 * member.
 */
public record ApplicationResubmitted(Long applicationId, Long enterpriseId, Long assignedStaffId) {
}
