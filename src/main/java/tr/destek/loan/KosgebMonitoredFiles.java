package tr.destek.loan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.board.DecisionService;
import tr.destek.kosgeb.FileLabels;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.monitoring.MonitoredFile;
import tr.destek.monitoring.MonitoredFiles;
import tr.destek.platform.FileLabel;
import tr.destek.programme.ParameterScope;

/**
 * KOSGEB's files as monitoring sees them: the programme period starts on the registry
 * date of the first supporting board decision (MADDE 6(5)), its parameters are
 * {@code KOSGEB_DT}, the labels are {@link FileLabels}. It sits beside {@code kosgeb} in
 * {@code loan} because it reads the board's decisions and {@code board} still imports
 * {@code kosgeb} (a cycle otherwise); see {@link KosgebProgrammeStarts}.
 */
@Component
class KosgebMonitoredFiles implements MonitoredFiles {

	private final KosgebApplicationService applications;

	private final DecisionService decisions;

	private final FileLabels labels;

	KosgebMonitoredFiles(KosgebApplicationService applications, DecisionService decisions, FileLabels labels) {
		this.applications = applications;
		this.decisions = decisions;
		this.labels = labels;
	}

	@Override
	public String source() {
		return "KOSGEB";
	}

	@Override
	public String parameterScope() {
		return ParameterScope.KOSGEB_DT;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MonitoredFile> file(Long fileId) {
		if (fileId == null) {
			return Optional.empty();
		}
		return this.applications.findAll(List.of(fileId)).stream().findFirst().map(this::monitored);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MonitoredFile> fileOfEnterprise(Long enterpriseId) {
		return this.applications.findForEnterprise(enterpriseId).map(this::monitored);
	}

	@Override
	public Optional<LocalDate> programmeStart(Long fileId) {
		return this.decisions.programmeStart(fileId);
	}

	@Override
	public Map<Long, FileLabel> labels(Collection<Long> fileIds) {
		return this.labels.of(fileIds);
	}

	private MonitoredFile monitored(KosgebApplication application) {
		return new MonitoredFile(source(), application.getId(), application.getReference(),
				application.getEnterpriseId(), application.getProvinceCode());
	}

}
