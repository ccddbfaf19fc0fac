package tr.destek.loan;

/**
 * A bank system authenticated by one of its bank's API keys: everything it reads or
 * changes is limited to {@code bankCode}.
 */
public record BankApiClient(String bankCode, Long keyId, String keyPrefix) {

	/** The name recorded in the audit trail for the bank system's changes. */
	public String actor() {
		return "bank-api:" + this.bankCode + ":" + this.keyPrefix;
	}

}
