package tr.destek.enterprise;

/** An enterprise with this tax number is already registered. */
public class TaxNumberTakenException extends RuntimeException {

	public TaxNumberTakenException(String taxNumber) {
		super("tax number already registered: " + taxNumber);
	}

}
