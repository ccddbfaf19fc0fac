package tr.destek.loan;

import java.util.List;

import tr.destek.platform.RuleException;

/**
 * A loan operation refused by a rule of the regulation or the work flow. Carries one
 * problem per field at fault (a {@code null} field is a problem of the whole form), each
 * with a message key from {@code i18n/loan} that cites the article.
 */
public class LoanRuleException extends RuleException {

	public LoanRuleException(List<Problem> problems) {
		super(problems);
	}

	public LoanRuleException(String field, String messageKey, Object... arguments) {
		this(List.of(new Problem(field, messageKey, arguments)));
	}

}
