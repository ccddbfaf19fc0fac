package tr.destek.platform;

import java.math.BigDecimal;

/**
 * How a staff list names a file of any programme (issue 10, point 7): the enterprise's
 * name, its province, the requested amount and the message key of the file's state. Built
 * by the programme that owns the file, for a whole page in one query; shown by
 * {@code fragments/files :: label}.
 */
public record FileLabel(Long applicationId, String reference, String enterpriseTitle, Short provinceCode,
		String provinceName, String statusKey, BigDecimal requestedAmount) {
}
