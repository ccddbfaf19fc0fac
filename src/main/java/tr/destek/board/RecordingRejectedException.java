package tr.destek.board;

import tr.destek.platform.RuleException;

/**
 * An upload that cannot be a meeting recording: empty, too large, or not audio/video by
 * its content; the message key (bundle {@code i18n/board}) says why.
 */
public class RecordingRejectedException extends RuleException {

	RecordingRejectedException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	/** The same as {@link #getArguments()}. */
	public Object[] getArgs() {
		return getArguments();
	}

}
