package tr.destek.appeal;

import java.time.Instant;

/**
 * An appeal event: the unit did not forward the appeal by {@code due} (MADDE 13(2),
 * 18(15)); the managers were told. The subject's programme moves its file in its
 * listener.
 *
 * @param appealId the appeal
 * @param source the subject's programme
 * @param subjectId the subject within its programme
 */
public record AppealForwardingOverdue(Long appealId, String source, Long subjectId, Instant due, String appealState) {

}
