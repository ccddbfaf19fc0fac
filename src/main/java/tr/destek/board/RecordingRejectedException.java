package tr.destek.board;

/**
 * An upload that cannot be a meeting recording: empty, too large, or not audio/video by
 * its content; the message key (bundle {@code i18n/board}) says why.
 */
public class RecordingRejectedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	RecordingRejectedException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArgs() {
		return this.args.clone();
	}

}
