package tr.destek.calendar;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * One sentence of a deadline's explanation: a message key of the calendar bundle and its
 * arguments. Arguments may be dates, times, {@link Holiday holidays} (shown by name) or
 * numbers; {@link DeadlineMessages} renders them in the reader's language.
 */
public record DeadlineReason(String code, List<Object> args) implements MessageSourceResolvable {

	public DeadlineReason(String code, Object... args) {
		this(code, Arrays.asList(args));
	}

	public DeadlineReason {
		args = List.copyOf(args);
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.args.toArray();
	}

}
