package tr.destek.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import tr.destek.platform.DestekTime;

/**
 * Turns a Thymeleaf template into a PDF: the same template engine, message bundles and
 * beans ({@code #{...}}, {@code ${@money.format(x)}}) as the pages, in the locale given.
 * Templates decorate {@code pdf/layout} ({@code layout:decorate="~{pdf/layout}"}), which
 * prints the {@link PdfForm} put in the model under {@link #FORM}, the page numbers and
 * when the PDF was made (Europe/Istanbul).
 * <p>
 * The HTML is parsed leniently (jsoup) into the DOM openhtmltopdf lays out, with DejaVu
 * Sans embedded so that Turkish letters (ç ğ ı İ ö ş ü) print and can be copied out of
 * the PDF. The renderer loads nothing from outside: no remote images, fonts or style
 * sheets.
 */
@Service
public class PdfRenderer {

	/** The model attribute holding the {@link PdfForm} the layout prints. */
	public static final String FORM = "pdfForm";

	/** The model attribute the renderer sets: when the PDF was made, Europe/Istanbul. */
	public static final String GENERATED_AT = "pdfGeneratedAt";

	/** The font family the PDF style sheet uses. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final String PRODUCER = "Destek";

	private final SpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final ConversionService conversionService;

	private final Clock clock;

	private final byte[] regularFont;

	private final byte[] boldFont;

	PdfRenderer(SpringTemplateEngine templates, ApplicationContext applicationContext,
			@Qualifier("mvcConversionService") ConversionService conversionService, Clock clock) {
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.conversionService = conversionService;
		this.clock = clock;
		this.regularFont = font("fonts/DejaVuSans.ttf");
		this.boldFont = font("fonts/DejaVuSans-Bold.ttf");
		// openhtmltopdf reports timings and font loading at INFO on every render: keep
		// the
		// warnings only
		for (String logger : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(logger, Level.WARNING);
		}
	}

	/**
	 * Renders a Thymeleaf template (the same template engine and message bundles as the
	 * pages, in the given locale) to PDF bytes.
	 * @param templateName the template, e.g. {@code enterprise/profile-pdf}
	 * @param model the template's variables; {@link #FORM} for the layout's header
	 * @param locale the language of the texts, dates and amounts
	 * @return the PDF
	 */
	public byte[] render(String templateName, Map<String, Object> model, Locale locale) {
		String html = html(templateName, model, locale);
		org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(this.regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(this.boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			// nothing from outside: a template never needs a remote resource
			builder.useUriResolver((baseUri, uri) -> null);
			builder.withProducer(PRODUCER);
			builder.withW3cDocument(document, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException | RuntimeException ex) {
			throw new PdfRenderingException("Could not render " + templateName + " to PDF", ex);
		}
		return pdf.toByteArray();
	}

	/**
	 * The HTML the template produces, as the PDF will show it (for tests and previews).
	 */
	String html(String templateName, Map<String, Object> model, Locale locale) {
		Map<String, Object> variables = new HashMap<>(model);
		variables.put(GENERATED_AT, ZonedDateTime.now(this.clock.withZone(DestekTime.ZONE)));
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, this.conversionService));
		Context context = new Context(locale, variables);
		// beans such as @money read the locale from the holder, as they do for pages
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			return this.templates.process(templateName, context);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Font " + path + " is missing from the application", ex);
		}
	}

}
