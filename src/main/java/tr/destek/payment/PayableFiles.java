package tr.destek.payment;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import tr.destek.identity.DestekUser;
import tr.destek.platform.FileLabel;

/**
 * The port a programme implements so that payments (requests, inspections, the Ödeme
 * Oluru and the ledger) serve its files without importing it. One implementation per
 * {@link #source()}; payments pick it by the source stored with each request.
 */
public interface PayableFiles {

	/** The programme this implementation answers for, e.g. {@code KOSGEB}. */
	String source();

	/** A file by its id, empty when the programme has no such file. */
	Optional<PayableFile> file(Long fileId);

	/** The file of an applicant's enterprise in this programme, if any. */
	Optional<PayableFile> fileOfEnterprise(Long enterpriseId);

	/** Why payments stopped, for many files at once (one query), by file id. */
	Map<Long, PaymentStop> stops(Collection<Long> fileIds);

	/**
	 * Whether the user may see the file and its payments (the programme's access rule,
	 * e.g. the province unit, MADDE 9(1)).
	 */
	boolean mayView(DestekUser user, PayableFile file);

	/** Whether the user may act on the file as staff (inspect, prepare, approve). */
	boolean mayControl(DestekUser user, PayableFile file);

	/** How staff lists name the files, for a whole page in one query, by file id. */
	Map<Long, FileLabel> labels(Collection<Long> fileIds);

}
