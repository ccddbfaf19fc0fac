package tr.destek.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Issue 10 point 13: no raw codes on a page. Finds tokens such as
 * {@code SUPPLIER_OFFERS}, {@code MATURITY_REPORT} or {@code KOSGEB_ITEM_ADDED} in the
 * text a person reads (and in the title and the labels read aloud), which must be labels
 * in the user's language. Form numbers ({@code FRM.34.00.05}) have no underscore and
 * pass. Text marked {@code translate="no"} is a verbatim record kept as evidence (the
 * admin's audit page) and is not checked.
 * <p>
 * Every HTML page a MockMvc test receives is checked ({@link RawCodeCheckConfiguration}),
 * and every page a browser test opens ({@code BrowserTest}), so a new page cannot show a
 * code without failing a test.
 */
public final class RawCodes {

	static final Pattern CODE = Pattern.compile("[A-Z]{3,}_[A-Z_]+");

	private RawCodes() {
	}

	/** The raw codes a person would read on the page. */
	public static List<String> in(String html) {
		Document doc = Jsoup.parse(html);
		doc.select("[translate=no], script, style, template").remove();
		StringBuilder text = new StringBuilder(doc.title()).append('\n').append(doc.body().text());
		doc.select("[aria-label], [title], img[alt]").forEach(element -> {
			text.append('\n').append(element.attr("aria-label")).append(' ').append(element.attr("title"));
			text.append(' ').append(element.attr("alt"));
		});
		List<String> found = new ArrayList<>();
		Matcher matcher = CODE.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	/** Fails on an HTML answer that shows a raw code. */
	public static ResultMatcher noneOnThePage() {
		return result -> {
			String type = result.getResponse().getContentType();
			if (type == null || !type.startsWith("text/html")) {
				return;
			}
			List<String> codes = in(result.getResponse().getContentAsString());
			if (!codes.isEmpty()) {
				throw new AssertionError("Raw codes on " + result.getRequest().getRequestURI() + ": " + codes
						+ " (show a label from messages*.properties instead; issue 10 point 13)");
			}
		};
	}

}
