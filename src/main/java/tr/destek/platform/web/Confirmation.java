package tr.destek.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

/**
 * The confirmation page of an irreversible action (issue 10 point 12): what will happen,
 * a summary of what it acts on, and the one button that posts the action. A GET page, so
 * it works without JavaScript; the page that offers the action links to it. Every
 * module's controller builds one and answers {@link #show(Model)}:
 *
 * <pre>
 * return Confirmation.of("board.agenda.confirm.title", "/board/secretariat/meetings/" + id + "/send",
 *         "/board/secretariat/meetings/" + id)
 *     .row("board.meeting.date", date)
 *     .button("board.agenda.send", "send-agenda")
 *     .show(model);
 * </pre>
 */
public final class Confirmation {

	/** The shared page. */
	public static final String VIEW = "fragments/confirm";

	private final String titleKey;

	private final String action;

	private final String cancelUrl;

	private final List<Row> rows = new ArrayList<>();

	private final Map<String, String> hidden = new LinkedHashMap<>();

	private final List<String> consequenceKeys = new ArrayList<>();

	private String buttonKey = "form.confirm.submit";

	private String buttonId = "confirm-submit";

	private Confirmation(String titleKey, String action, String cancelUrl) {
		this.titleKey = titleKey;
		this.action = action;
		this.cancelUrl = cancelUrl;
	}

	/**
	 * @param titleKey the question, e.g. "Send the agenda to the members?"
	 * @param action where the button posts (context-relative)
	 * @param cancelUrl where "Cancel" goes back to
	 */
	public static Confirmation of(String titleKey, String action, String cancelUrl) {
		return new Confirmation(titleKey, action, cancelUrl);
	}

	/** A line of the summary: a label (message key) and its value as shown. */
	public Confirmation row(String labelKey, Object value) {
		this.rows.add(new Row(labelKey, (value == null) ? "—" : value.toString(), null));
		return this;
	}

	/**
	 * A line of the summary whose value is a label too (message key), e.g. an outcome.
	 */
	public Confirmation rowLabel(String labelKey, String valueKey) {
		this.rows.add(new Row(labelKey, null, valueKey));
		return this;
	}

	/** A field posted with the action, e.g. the version the user saw. */
	public Confirmation hidden(String name, Object value) {
		this.hidden.put(name, String.valueOf(value));
		return this;
	}

	/** What follows and cannot be undone (message key, with its article). */
	public Confirmation consequence(String messageKey) {
		this.consequenceKeys.add(messageKey);
		return this;
	}

	/** The button's text (message key) and id. */
	public Confirmation button(String messageKey, String id) {
		this.buttonKey = messageKey;
		this.buttonId = id;
		return this;
	}

	/** Puts the confirmation in the model and names the page. */
	public String show(Model model) {
		model.addAttribute("confirmation", this);
		return VIEW;
	}

	public String getTitleKey() {
		return this.titleKey;
	}

	public String getAction() {
		return this.action;
	}

	public String getCancelUrl() {
		return this.cancelUrl;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public Map<String, String> getHidden() {
		return this.hidden;
	}

	public List<String> getConsequenceKeys() {
		return this.consequenceKeys;
	}

	public String getButtonKey() {
		return this.buttonKey;
	}

	public String getButtonId() {
		return this.buttonId;
	}

	/** One line of the summary: its value as shown, or the message key of its value. */
	public record Row(String labelKey, String value, String valueKey) {
	}

}
