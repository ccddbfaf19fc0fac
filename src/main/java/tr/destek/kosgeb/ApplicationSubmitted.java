package tr.destek.kosgeb;

/**
 * An applicant approved and sent an application (MADDE 8(1)): it awaits a responsible
 * staff member.
 */
public record ApplicationSubmitted(Long applicationId, Long enterpriseId, Short provinceCode) {
}
