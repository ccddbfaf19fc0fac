package tr.destek.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the board's pages name the subjects on their agendas and forms: the list rows the
 * subjects' programmes give ({@link AgendaSubjects#labels}), one query per programme for
 * a whole page (issue 10, point 7).
 */
@Service
public class SubjectLabels {

	private final AgendaSubjectPorts subjects;

	SubjectLabels(AgendaSubjectPorts subjects) {
		this.subjects = subjects;
	}

	/**
	 * The labels of these subjects; unknown ones (or of unknown sources) are left out.
	 */
	@Transactional(readOnly = true)
	public Map<SubjectRef, SubjectLabel> of(Collection<SubjectRef> refs) {
		Map<String, List<Long>> bySource = new LinkedHashMap<>();
		refs.stream()
			.filter(Objects::nonNull)
			.filter(r -> this.subjects.knows(r.source()))
			.forEach(r -> bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r.id()));
		Map<SubjectRef, SubjectLabel> labels = new LinkedHashMap<>();
		bySource.forEach(
				(source, ids) -> this.subjects.of(source).labels(ids).values().forEach(l -> labels.put(l.ref(), l)));
		return labels;
	}

	/** The label of one subject, if its programme knows it. */
	@Transactional(readOnly = true)
	public java.util.Optional<SubjectLabel> of(SubjectRef ref) {
		return java.util.Optional.ofNullable(of(List.of(ref)).get(ref));
	}

	/**
	 * The subject a page names by its source and id; without a source, the one programme
	 * that brings subjects today.
	 */
	public SubjectRef ref(String source, Long id) {
		return new SubjectRef((source == null || source.isBlank()) ? this.subjects.single().source() : source, id);
	}

}
