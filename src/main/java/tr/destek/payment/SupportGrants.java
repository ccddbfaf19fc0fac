package tr.destek.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The port through which a programme tells payments what was granted on a file and how it
 * is paid out: the approved items, the start of the programme period, the disbursed
 * schedules, and its rule for splitting a period's support over the financed items. One
 * implementation per {@link #source()}.
 */
public interface SupportGrants {

	/** The programme this implementation answers for, e.g. {@code KOSGEB}. */
	String source();

	/** The items approved in the latest registered acceptance of the file. */
	List<ApprovedItem> approvedItems(Long fileId);

	/** The first day of the programme period (MADDE 6(5)), once it started. */
	Optional<LocalDate> programmeStart(Long fileId);

	/** The file's disbursed schedules, oldest first. */
	List<SupportSchedule> disbursedFor(Long fileId);

	/** One disbursed schedule; empty when unknown or not disbursed. */
	Optional<SupportSchedule> disbursed(Long scheduleId);

	/**
	 * Each item's share of a period's support, in the order of {@code financed} (the
	 * programme's rounding rule; for KOSGEB calculations.md §1, MADDE 15(4)).
	 */
	List<BigDecimal> shares(BigDecimal periodSupport, List<BigDecimal> financed);

}
