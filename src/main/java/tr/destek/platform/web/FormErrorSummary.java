package tr.destek.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Every error of the forms on a page, for the summary at its top: one line per invalid
 * field linking to it ({@code href="#fieldId"}) and one per error of a whole form. Read
 * when the page renders, so it sees the binding results the handler left in the model.
 * <p>
 * A field's id follows Thymeleaf's {@code th:field} rule: its path without {@code [} and
 * {@code ]} ({@code amounts[5]} → {@code amounts5}). Errors that are no binding result
 * (e.g. a refused upload) are added with {@link #add(Model, String, String)}.
 */
public final class FormErrorSummary {

	/** Model attribute of the summary. */
	public static final String ATTRIBUTE = "formErrors";

	static final String EXTRA = "formErrorsExtra";

	private final Map<String, Object> model;

	private final MessageSource messages;

	private List<Entry> entries;

	FormErrorSummary(Map<String, Object> model, MessageSource messages) {
		this.model = model;
		this.messages = messages;
	}

	/**
	 * Adds an error that is not in a binding result, e.g. of a file upload: shown in the
	 * summary linking to {@code fieldId}.
	 */
	@SuppressWarnings("unchecked")
	public static void add(Model model, String fieldId, String message) {
		List<Entry> extra = (List<Entry>) model.asMap().get(EXTRA);
		if (extra == null) {
			extra = new ArrayList<>();
			model.addAttribute(EXTRA, extra);
		}
		extra.add(new Entry(fieldId, message));
	}

	/** The id Thymeleaf's {@code th:field} gives the input of {@code path}. */
	public static String fieldId(String path) {
		return path.replace("[", "").replace("]", "");
	}

	public boolean isPresent() {
		return !getEntries().isEmpty();
	}

	public int getCount() {
		return getEntries().size();
	}

	@SuppressWarnings("unchecked")
	public List<Entry> getEntries() {
		if (this.entries == null) {
			Locale locale = LocaleContextHolder.getLocale();
			List<Entry> found = new ArrayList<>();
			for (Map.Entry<String, Object> attribute : List.copyOf(this.model.entrySet())) {
				if (attribute.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
						&& attribute.getValue() instanceof BindingResult result && result.hasErrors()) {
					for (ObjectError error : result.getAllErrors()) {
						String message = this.messages.getMessage(error, locale);
						String id = (error instanceof FieldError field) ? fieldId(field.getField()) : null;
						if (found.stream().noneMatch(e -> e.message().equals(message) && sameId(e.fieldId(), id))) {
							found.add(new Entry(id, message));
						}
					}
				}
			}
			Object extra = this.model.get(EXTRA);
			if (extra instanceof List<?> list) {
				found.addAll((List<Entry>) list);
			}
			this.entries = found;
		}
		return this.entries;
	}

	private static boolean sameId(String a, String b) {
		return (a == null) ? b == null : a.equals(b);
	}

	/**
	 * One line of the summary.
	 *
	 * @param fieldId the id of the invalid field, {@code null} for an error of the whole
	 * form
	 * @param message the message in the user's language
	 */
	public record Entry(String fieldId, String message) {
	}

}
