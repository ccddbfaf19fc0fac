package tr.destek.appeal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The port a programme implements so that its decisions can be appealed: the appeal asks
 * it for the subject's values and answers with events ({@link AppealFiled},
 * {@link AppealForwarded}, {@link AppealPutOnAgenda}, {@link AppealDecided},
 * {@link AppealForwardingOverdue}) that the programme consumes to move its file.
 */
public interface AppealSubjects {

	/** The source name the programme's subjects carry, e.g. {@code KOSGEB}. */
	String source();

	/**
	 * The {@link tr.destek.programme.ParameterScope} of the programme's appeal
	 * parameters.
	 */
	String parameters();

	/**
	 * The subject with its row locked until the transaction ends, so that a second appeal
	 * sent at the same instant waits, then finds it changed (MADDE 13(1): once).
	 */
	Optional<AppealSubject> lockForAppeal(long subjectId);

	/** The applicant's page of the appeal (link of the notifications). */
	String applicantPath();

	/** The unit's page of an appeal (link of the notifications). */
	String unitPath(long appealId);

	/**
	 * What staff lists show to tell the subjects apart, by subject id, as the programme's
	 * shared file-label fragment renders them (one query).
	 */
	Map<Long, ?> labels(Collection<Long> subjectIds);

}
