package tr.destek.appeal;

/**
 * An appeal event: the appeal is on the agenda of {@code meeting} sent to the deciding
 * body (MADDE 13(6)). The subject's programme moves its file in its listener.
 *
 * @param appealId the appeal
 * @param source the subject's programme
 * @param subjectId the subject within its programme
 */
public record AppealPutOnAgenda(Long appealId, String source, Long subjectId, String meeting, String appealState) {

}
