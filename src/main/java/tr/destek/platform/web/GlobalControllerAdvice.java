package tr.destek.platform.web;

import java.beans.PropertyDescriptor;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import tr.destek.platform.AmountText;
import tr.destek.platform.RuleException;

/**
 * What every page of every module gets without asking (the pages' one controller advice;
 * the JSON APIs have theirs, {@code platform.ApiControllerAdvice}):
 * <ul>
 * <li>binding of every form object: {@code id} (also nested) is never bound; text is
 * trimmed (passwords excepted: they are taken as typed); TL amounts ({@link BigDecimal})
 * accept Turkish notation ({@link AmountText}, e.g. {@code 1.234,56}) and one that is not
 * an amount is a {@code typeMismatch} error next to its field; dates are ISO
 * ({@code spring.mvc.format.date=iso}, what {@code <input type="date">} sends);</li>
 * <li>the error summary of the page ({@link FormErrorSummary}, shown by the layout above
 * the content, focused by {@code app.js});</li>
 * <li>a refused rule ({@link RuleException}) that the controller did not put on its form
 * ({@link RuleErrors}): after a form's POST, back to the page it came from with the
 * refusal in the page's alert (POST-redirect-GET); otherwise a page saying why, 409;</li>
 * <li>a change that lost a race (issue 9) — a version that moved on (optimistic lock), a
 * row lock given up, or a unique constraint that refused a second "exactly once" record —
 * that no module answered with its own rule: a 409 page that says nothing was saved,
 * never a 500.</li>
 * </ul>
 * Field limits are read by the form fragments through {@link FieldLimits};
 * {@code aria-invalid} is added by {@link AriaInvalidDialect}. A controller's own
 * {@code @InitBinder} runs after this one and only adds what is particular to its forms
 * (e.g. a module's message-code prefix).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class GlobalControllerAdvice {

	private static final Logger log = LoggerFactory.getLogger(GlobalControllerAdvice.class);

	/** The page of a change that lost a race. */
	static final String CONFLICT_VIEW = "error/409";

	/** The page of a refused rule that has no form to go back to. */
	static final String REFUSED_VIEW = "error/refused";

	private final MessageSource messages;

	GlobalControllerAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@InitBinder
	void initBinder(WebDataBinder binder, WebRequest request) {
		Class<?> form = formType(binder);
		if (form == null || isApi(request)) {
			return;
		}
		binder.setDisallowedFields("id", "*.id");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
			if (property.getPropertyType() == String.class
					&& property.getName().toLowerCase(Locale.ROOT).contains("password")) {
				binder.registerCustomEditor(String.class, property.getName(), new AsTyped());
			}
		}
		binder.registerCustomEditor(BigDecimal.class, new AmountText.Editor());
	}

	/**
	 * The class of the form object the binder fills, or {@code null} for the binder of a
	 * single request parameter or path variable. The form object itself may not exist yet
	 * (it is constructed from the request after this set-up).
	 */
	private static Class<?> formType(WebDataBinder binder) {
		if (binder.getTarget() != null) {
			return binder.getTarget().getClass();
		}
		return (binder.getTargetType() != null) ? binder.getTargetType().resolve() : null;
	}

	/** The JSON APIs bind as before: plain numbers, nothing trimmed. */
	private static boolean isApi(WebRequest request) {
		Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		return handler instanceof HandlerMethod method
				&& (AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
						|| AnnotatedElementUtils.hasAnnotation(method.getMethod(), ResponseBody.class));
	}

	@ModelAttribute
	void formErrors(Model model) {
		model.addAttribute(FormErrorSummary.ATTRIBUTE, new FormErrorSummary(model.asMap(), this.messages));
	}

	@ExceptionHandler(RuleException.class)
	ModelAndView refused(RuleException ex, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale);
		String back = "POST".equals(request.getMethod()) ? sameSitePath(request) : null;
		if (back != null) {
			RequestContextUtils.getOutputFlashMap(request).put("flashError", message);
			return new ModelAndView("redirect:" + back);
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		ModelAndView page = new ModelAndView(REFUSED_VIEW);
		page.addObject("refusal", message);
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	/**
	 * The path (and query) of the page the form was sent from, when it is on this site;
	 * only the path is kept, so the answer can never lead elsewhere.
	 */
	private static String sameSitePath(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
			String path = uri.getRawPath();
			if (!sameHost || path == null || !path.startsWith("/") || path.startsWith("//")
					|| !path.startsWith(request.getContextPath())) {
				return null;
			}
			String local = path.substring(request.getContextPath().length());
			return (uri.getRawQuery() != null) ? local + "?" + uri.getRawQuery() : local;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentChange(RuntimeException ex) {
		log.warn("A concurrent change was refused: {}", ex.getMessage());
		return CONFLICT_VIEW;
	}

	/** Takes a text as typed (passwords: spaces are part of them). */
	private static final class AsTyped extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
