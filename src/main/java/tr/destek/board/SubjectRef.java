package tr.destek.board;

/**
 * What a decision body decides on, named without knowing the programme: the programme
 * that brings it ({@code source}, e.g. {@code KOSGEB}) and the subject's id there (an
 * application). Ids are unique only within their source.
 */
public record SubjectRef(String source, long id) {

	public SubjectRef {
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("a subject needs its source");
		}
	}

}
