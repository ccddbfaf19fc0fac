package tr.destek.appeal;

/**
 * An appeal event: the unit forwarded the appeal with its opinion (MADDE 13(2));
 * {@code late} when after its SLA. The subject's programme moves its file in its
 * listener.
 *
 * @param appealId the appeal
 * @param source the subject's programme
 * @param subjectId the subject within its programme
 */
public record AppealForwarded(Long appealId, String source, Long subjectId, boolean late, String appealState) {

}
