package tr.destek.appeal;

import java.time.Instant;

/**
 * The deciding body's registered decision on an appeal (İtiraz Karar Formu, MADDE 13(8)):
 * accepted → the programme evaluates the file again (MADDE 13(10)(a)); rejected → final
 * (13(10)(b)). The subject's programme moves its file in its listener.
 *
 * @param appealId the appeal
 * @param source the subject's programme
 * @param subjectId the subject within its programme
 * @param accepted whether the appeal was accepted
 * @param registryNumber the registry number of the decision
 * @param reasons the decision's reasons
 * @param decidedAt when it was registered
 * @param appealState the appeal as audited
 */
public record AppealDecided(Long appealId, String source, Long subjectId, boolean accepted, String registryNumber,
		String reasons, Instant decidedAt, String appealState) {

}
