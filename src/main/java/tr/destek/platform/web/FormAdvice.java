package tr.destek.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every form of every module gets without asking: the error summary of the page
 * ({@link FormErrorSummary}, shown by the layout above the content, focused by
 * {@code app.js}). Field limits are read by the form fragments through
 * {@link FieldLimits}; {@code aria-invalid} is added by {@link AriaInvalidDialect}.
 */
@ControllerAdvice
class FormAdvice {

	private final MessageSource messages;

	FormAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute
	void formErrors(Model model) {
		model.addAttribute(FormErrorSummary.ATTRIBUTE, new FormErrorSummary(model.asMap(), this.messages));
	}

}
