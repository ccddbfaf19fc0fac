package tr.destek.appeal;

/**
 * An appeal event: the applicant sent the appeal against {@code decisionAppealed} (MADDE
 * 13(1)). The subject's programme moves its file in its listener.
 *
 * @param appealId the appeal
 * @param source the subject's programme
 * @param subjectId the subject within its programme
 */
public record AppealFiled(Long appealId, String source, Long subjectId, String decisionAppealed, String appealState) {

}
