package tr.destek.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tr.destek.platform.NotFoundException;

/**
 * The programmes that bring subjects to the boards, by source: every bean of
 * {@link AgendaSubjects} (injected as a list, no look-up reaching back).
 */
@Component
class AgendaSubjectPorts {

	private final Map<String, AgendaSubjects> bySource = new LinkedHashMap<>();

	AgendaSubjectPorts(List<AgendaSubjects> ports) {
		ports.forEach(p -> {
			if (this.bySource.put(p.source(), p) != null) {
				throw new IllegalStateException("two agenda subject ports for " + p.source());
			}
		});
	}

	/**
	 * The port of a source.
	 * @throws NotFoundException for a source no programme brings (a page may name any)
	 */
	AgendaSubjects of(String source) {
		AgendaSubjects port = this.bySource.get(source);
		if (port == null) {
			throw new NotFoundException();
		}
		return port;
	}

	/** Whether a programme brings subjects of this source. */
	boolean knows(String source) {
		return this.bySource.containsKey(source);
	}

	AgendaSubject find(SubjectRef ref) {
		return of(ref.source()).find(ref.id());
	}

	/** The subject of an agenda item, or {@code null} for another matter. */
	AgendaSubject find(AgendaItem item) {
		SubjectRef ref = item.getSubjectRef();
		return ref == null ? null : find(ref);
	}

	/**
	 * The one programme that brings subjects today, for callers that name a subject by
	 * its id alone.
	 * @throws IllegalStateException when there are several: name the source then
	 */
	AgendaSubjects single() {
		if (this.bySource.size() != 1) {
			throw new IllegalStateException("subjects come from " + this.bySource.keySet() + ": name the source");
		}
		return this.bySource.values().iterator().next();
	}

	List<AgendaSubjects> all() {
		return List.copyOf(this.bySource.values());
	}

}
