package tr.destek.board;

import java.math.BigDecimal;

/**
 * One item of a subject the members accept an amount for (an expense item of an
 * application, MADDE 10(3)): the requested amount (VAT excluded) bounds the accepted one;
 * the rest is shown to the members as the programme describes it.
 *
 * @param id the item's id in its programme
 * @param kindKey the message key of the item's kind, or {@code null}
 * @param requested the requested amount, the most a member may accept for it
 */
public record DecidableItem(Long id, int position, String kindKey, String description, int quantity,
		BigDecimal unitPrice, BigDecimal requested, String recommendation, String supplierName,
		String supplierTaxNumber) {

	/** The requested amount (the template's name for it). */
	public BigDecimal total() {
		return this.requested;
	}

}
