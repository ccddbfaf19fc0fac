package tr.destek.loan.web;

import java.math.BigDecimal;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;

import tr.destek.loan.LoanRuleException;
import tr.destek.platform.AmountText;

/** Binding set-up of the loan forms, and refused rules as errors next to the fields. */
final class LoanForms {

	private LoanForms() {
	}

	/** {@code id} is never bound; amounts accept Turkish notation. */
	static void configure(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
		binder.registerCustomEditor(BigDecimal.class, new AmountText.Editor());
	}

	/** Each problem next to its field (mapped by {@code fields}), the rest at the top. */
	static void reject(BindingResult result, LoanRuleException ex, java.util.function.UnaryOperator<String> fields) {
		for (LoanRuleException.Problem problem : ex.getProblems()) {
			String field = (problem.field() != null) ? fields.apply(problem.field()) : null;
			if (field != null && result.getFieldType(field) != null) {
				result.addError(new FieldError(result.getObjectName(), field, result.getRawFieldValue(field), false,
						new String[] { problem.messageKey() }, problem.arguments(), problem.messageKey()));
			}
			else {
				result.addError(new ObjectError(result.getObjectName(), new String[] { problem.messageKey() },
						problem.arguments(), problem.messageKey()));
			}
		}
	}

}
