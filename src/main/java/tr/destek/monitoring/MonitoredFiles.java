package tr.destek.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import tr.destek.platform.FileLabel;

/**
 * The port a programme implements so that monitoring (the programme period, the maturity
 * report, post-support sampling and termination, MADDE 6(5), 17) follows its files
 * without importing it. One implementation per {@link #source()}; monitoring answers with
 * {@link ProgrammeOutcomeRecorded}.
 */
public interface MonitoredFiles {

	/** The programme this implementation answers for, e.g. {@code KOSGEB}. */
	String source();

	/**
	 * The scope of the programme parameters (a
	 * {@code tr.destek.programme.ParameterScope}) holding the durations, report windows
	 * and sampling rate.
	 */
	String parameterScope();

	/** A file by its id, empty when the programme has no such file. */
	Optional<MonitoredFile> file(Long fileId);

	/** The file of an enterprise in this programme, if any. */
	Optional<MonitoredFile> fileOfEnterprise(Long enterpriseId);

	/** The first day of the file's programme period (MADDE 6(5)), once it started. */
	Optional<LocalDate> programmeStart(Long fileId);

	/** How staff lists name the files, for a whole page in one query, by file id. */
	Map<Long, FileLabel> labels(Collection<Long> fileIds);

}
