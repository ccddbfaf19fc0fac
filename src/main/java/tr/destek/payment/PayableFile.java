package tr.destek.payment;

/**
 * A programme's file that payments serve, as values the programme hands over through
 * {@link PayableFiles}: payments never read the programme's tables.
 *
 * @param source the programme whose file it is (e.g. {@code KOSGEB}), stored with every
 * request, inspection and payment as {@code subject_source}
 * @param fileId the file's id within its source
 * @param reference the file's reference as staff and applicants know it
 * @param assignedStaffId the staff member responsible for the file, or {@code null}
 * @param parameters the scope (a {@code tr.destek.programme.ParameterScope}) of the
 * programme parameters the payment rules read (request deadline, debt offset limit,
 * programme duration)
 * @param stop why pending payments stopped (MADDE 17(2),(5)), {@code null} while they go
 * on
 * @param inspectable whether the file is in the phase where its items are inspected and
 * paid (MADDE 15(3))
 */
public record PayableFile(String source, Long fileId, String reference, Long enterpriseId, Short provinceCode,
		Long assignedStaffId, String parameters, PaymentStop stop, boolean inspectable) {

	/** The message key explaining the stop, or {@code null} when payments go on. */
	public String stoppedKey() {
		return PaymentStop.keyOf(this.stop);
	}

}
