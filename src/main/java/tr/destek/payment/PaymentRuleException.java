package tr.destek.payment;

import java.util.List;

import tr.destek.platform.RuleException;

/**
 * A payment action the rules do not allow, with the message key (citing its article) and
 * arguments to show next to the form or on the page.
 */
public class PaymentRuleException extends RuleException {

	public PaymentRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	private PaymentRuleException(Problem problem) {
		super(problem.messageKey(), List.of(problem));
	}

	/** A refusal shown next to a form field. */
	public static PaymentRuleException onField(String field, String messageKey, Object... arguments) {
		return new PaymentRuleException(new Problem(field, messageKey, arguments));
	}

}
