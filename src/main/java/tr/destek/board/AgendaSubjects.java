package tr.destek.board;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port through which a programme brings its subjects (applications) to the decision
 * bodies (issue 11 point 1): the programme implements it as a bean; the board finds the
 * implementation by {@link #source()} and never imports the programme. What the board
 * decides goes back as events ({@link SubjectPutOnAgenda},
 * {@link BoardDecisionRegistered}) that the programme's listeners turn into its own state
 * changes.
 */
public interface AgendaSubjects {

	/** The programme's name in {@link SubjectRef#source()}, e.g. {@code KOSGEB}. */
	String source();

	/**
	 * The subjects ready for a board's agenda (MADDE 10(1), 12(1)), longest waiting
	 * first, as list rows.
	 */
	List<SubjectLabel> candidates();

	/**
	 * A subject with what the board needs to put it on an agenda, vote and decide.
	 * @throws tr.destek.platform.NotFoundException when there is none
	 */
	AgendaSubject find(long id);

	/** The list rows of these subjects by id, in one query; unknown ids are left out. */
	Map<Long, SubjectLabel> labels(Collection<Long> ids);

	/** The subject of an enterprise in this programme, if it has one. */
	Optional<Long> subjectOf(Long enterpriseId);

}
