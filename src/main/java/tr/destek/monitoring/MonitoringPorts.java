package tr.destek.monitoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tr.destek.platform.FileLabel;

/**
 * Finds the programme's implementation of {@link MonitoredFiles} by source among the
 * beans that implement it; no look-up reaches back into a programme.
 */
@Component
class MonitoringPorts {

	private final List<MonitoredFiles> files;

	MonitoringPorts(List<MonitoredFiles> files) {
		this.files = List.copyOf(files);
	}

	MonitoredFiles files(String source) {
		return this.files.stream()
			.filter(f -> f.source().equals(source))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no MonitoredFiles for source " + source));
	}

	/**
	 * A file by its id when the caller does not know its source (today's single
	 * programme's ids): the first programme that knows it.
	 */
	Optional<MonitoredFile> anyFile(Long fileId) {
		return this.files.stream().map(f -> f.file(fileId)).flatMap(Optional::stream).findFirst();
	}

	/** The files an enterprise has in the programmes. */
	List<MonitoredFile> filesOfEnterprise(Long enterpriseId) {
		if (enterpriseId == null) {
			return List.of();
		}
		return this.files.stream().map(f -> f.fileOfEnterprise(enterpriseId)).flatMap(Optional::stream).toList();
	}

	String scope(String source) {
		return files(source).parameterScope();
	}

	/** The labels of the cases' files, one question per programme (no query per row). */
	Map<Long, FileLabel> labels(Collection<MonitoringCase> cases) {
		Map<Long, FileLabel> labels = new HashMap<>();
		cases.stream()
			.collect(Collectors.groupingBy(MonitoringCase::getSubjectSource,
					Collectors.mapping(MonitoringCase::getApplicationId, Collectors.toSet())))
			.forEach((source, ids) -> labels.putAll(files(source).labels(ids)));
		return labels;
	}

}
